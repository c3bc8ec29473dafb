from gradiente.cli import main

main()
