from newscrawl.cli.main import main

main()
