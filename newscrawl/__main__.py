from newscrawl.cli import main

main()
