from nianbao_cli.main import entry

entry()
