from comic.cli import entry

entry()
