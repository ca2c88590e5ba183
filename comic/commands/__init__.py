"""One module per `comic` subcommand: add_parser(subparsers) declares it, run(args) -> int runs it."""
