using Sajag.Tests.Fixtures;

namespace Sajag.Cli.Tests;

public sealed class ContentValidateTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Validate_TheDefaultPack_ExitsZeroWithASummary()
    {
        var (exit, output, error) = Run("content", "validate", TestPack.DefaultPackPath);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Pack 'default' version", output, StringComparison.Ordinal);
        Assert.Matches(@"Topics: 8\n", output);
        Assert.Matches(@"Cards: \d+ \(scenario \d+, myth-or-fact \d+, what-would-you-do \d+, spot-the-sign \d+, discuss \d+\); sensitive: \d+", output);
        Assert.Matches(@"Ready-made decks: classic \(20 cards\)\n", output);
        Assert.Matches(@"Helplines: 5\n", output);
        Assert.Matches(@"Assessment items: \d+\n", output);
        Assert.Contains("Texts pending review:", output, StringComparison.Ordinal);
        Assert.Matches(@"Pending review: \d+ item\(s\) an NGO must check before use:\n  guide \(en, bn\): facilitator, disclosure, adults\n", output);
    }

    [Fact]
    public void Validate_ABrokenPack_PrintsEveryErrorWithItsPlaceAndExitsOne()
    {
        using var pack = new TestPack();
        pack.Replace("cards/01-topic-one.yaml", "kind: scenario", "kind: quiz")
            .Replace("assessment.yaml", "topic: topic-one", "topic: nowhere");

        var (exit, output, error) = Run("content", "validate", pack.Path);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var kind = pack.Locate("cards/01-topic-one.yaml", "quiz");
        var topic = pack.Locate("assessment.yaml", "nowhere");
        Assert.Contains($"{pack.File("cards/01-topic-one.yaml")}:{kind.Line}:{kind.Column}: unknown card kind 'quiz'", error, StringComparison.Ordinal);
        Assert.Contains($"{pack.File("assessment.yaml")}:{topic.Line}:{topic.Column}: unknown topic 'nowhere'", error, StringComparison.Ordinal);
        Assert.Contains("2 error(s)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AMissingFolder_ExitsOne()
    {
        var (exit, _, error) = Run("content", "validate", "/nowhere/at/all");

        Assert.Equal(1, exit);
        Assert.Contains("no content pack folder", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WithoutAPath_IsAUsageError()
    {
        var (exit, _, error) = Run("content", "validate");

        Assert.NotEqual(0, exit);
        Assert.Contains("Required argument missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        var (exit, output, _) = Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("content", output, StringComparison.Ordinal);

        var (_, contentHelp, _) = Run("content", "--help");
        Assert.Contains("validate", contentHelp, StringComparison.Ordinal);
    }
}
