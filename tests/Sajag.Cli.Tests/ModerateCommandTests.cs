using System.Text.Json;

namespace Sajag.Cli.Tests;

public sealed class ModerateCommandTests
{
    private static (int Exit, string[] Lines, string Error) Run(string input)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(["moderate"], reader, output, error);
        return (exit, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void Moderate_PrintsOneJsonObjectPerLineOfInput()
    {
        var (exit, lines, error) = Run("call me 01712345678\nWe should tell a teacher\nfuck off\n");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(
            [
                """{"flagged":true,"reasons":["phone"],"masked":"call me [phone]"}""",
                """{"flagged":false,"reasons":[],"masked":"We should tell a teacher"}""",
                """{"flagged":true,"reasons":["abuse"],"masked":"f*** off"}""",
            ],
            lines);
    }

    [Fact]
    public void Moderate_KeepsBanglaReadable()
    {
        var (_, lines, _) = Run("আমার নম্বর ০১৭১২৩৪৫৬৭৮, খানকি\n");

        Assert.Equal("""{"flagged":true,"reasons":["abuse","phone"],"masked":"আমার নম্বর [phone], খ***"}""", Assert.Single(lines));
    }

    [Fact]
    public void Moderate_WithAnEmptyLine_PrintsAnUnflaggedEmptyAnswer()
    {
        var (exit, lines, _) = Run("\nhello\n");

        Assert.Equal(0, exit);
        Assert.Equal("""{"flagged":false,"reasons":[],"masked":""}""", lines[0]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Moderate_WithNoInput_PrintsNothingAndSucceeds()
    {
        var (exit, lines, error) = Run("");

        Assert.Equal(0, exit);
        Assert.Empty(lines);
        Assert.Equal("", error);
    }

    [Fact]
    public void Moderate_EachLineIsValidJsonWithTheThreeFields()
    {
        var (_, lines, _) = Run("rahim at gmail dot com\r\n@rahim_1 www.x.com\r\n");

        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal(["flagged", "reasons", "masked"], json.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.DoesNotContain('\r', json.RootElement.GetProperty("masked").GetString()!);
        }
    }

    [Fact]
    public void Help_ListsModerate()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SajagCli.Run(["--help"], TextReader.Null, output, error);

        Assert.Equal(0, exit);
        Assert.Contains("moderate", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ModerateHelp_ListsEveryReasonTheFilterGives()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SajagCli.Run(["moderate", "--help"], TextReader.Null, output, error);

        Assert.Equal(0, exit);
        var help = output.ToString().ReplaceLineEndings(" ");
        var missing = Enum.GetValues<Sajag.Safety.Moderation.ModerationReason>()
            .Select(Sajag.Safety.Moderation.ModerationResult.CodeOf)
            .Where(code => !help.Contains($"\"{code}\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(missing.Count == 0, "moderate --help does not list: " + string.Join(", ", missing));
    }
}
