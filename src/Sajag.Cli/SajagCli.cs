using System.CommandLine;

namespace Sajag.Cli;

/// <summary>The `sajag` command line: the same libraries as the web app, for NGOs and operators.</summary>
public static class SajagCli
{
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, Console.In, output, error);

    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error) => Run(args, input, output, error, TimeProvider.System);

    /// <summary>Runs a command with <paramref name="clock"/> as today's date (the post check judges birth years by it).</summary>
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error, TimeProvider clock)
    {
        var root = new RootCommand("sajag: tools for Sajag content packs, the conversation check and operations.");
        root.Subcommands.Add(ContentCommands.Build(output, error));
        root.Subcommands.Add(DeckCommands.Build(output, error));
        root.Subcommands.Add(PostCommands.Build(input, output, error, clock));
        root.Subcommands.Add(CheckCommands.Check(output, error));
        root.Subcommands.Add(EvalCommands.Conversations(output, error));
        root.Subcommands.Add(EvalCommands.Moderation(output, error));
        root.Subcommands.Add(EvalCommands.Posts(output, error, clock));
        root.Subcommands.Add(TrainCommands.Moderation(output, error));
        root.Subcommands.Add(ModerateCommands.Build(input, output, error));
        foreach (var command in OperatorCommands.Build(input, output, error))
        {
            root.Subcommands.Add(command);
        }

        // No response files: "--me @rafi" is a name, not a file of arguments.
        return root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null }).Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
