"""Drawing laid-out, lettered pages with ReportLab and finishing them for print."""
