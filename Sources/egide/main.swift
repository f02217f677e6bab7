import EgideCLI

EgideCommand.runAndExit()
