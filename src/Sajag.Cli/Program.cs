using Sajag.Cli;

return SajagCli.Run(args, Console.Out, Console.Error);
