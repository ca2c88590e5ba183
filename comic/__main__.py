from comic.cli import main

raise SystemExit(main())
