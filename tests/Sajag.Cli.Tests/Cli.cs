namespace Sajag.Cli.Tests;

/// <summary>Runs the `sajag` command line in process and returns its exit code and what it wrote.</summary>
internal static class Cli
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
