using System.Text.Json;

namespace Sajag.Cli.Tests;

public sealed class PostCheckCommandTests
{
    private static (int Exit, string Output, string Error) Run(string input, params string[] args)
    {
        using var reader = new StringReader(input);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = SajagCli.Run(args, reader, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    // A whole date 15 years before the clock's date is a young person's birthday; the machine's own year (2026 and after)
    // would not make 2030 one.
    [Fact]
    public void PostCheck_JudgesABirthYearByItsClock()
    {
        using var reader = new StringReader("Nafisa Tabassum Mou 2 January 2030");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = SajagCli.Run(["post-check"], reader, output, error, new FixedClock(new DateTimeOffset(2045, 6, 1, 0, 0, 0, TimeSpan.Zero)));

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(),
            f => f.GetProperty("kind").GetString() == "birth-date" && f.GetProperty("text").GetString() == "2 January 2030");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    [Fact]
    public void PostCheck_PrintsExactlyOneJsonObjectWithEachFinding()
    {
        const string draft = "আমার নম্বর ০১৭১২৩৪৫৬৭৮\nI study at Motijheel Ideal School, House 12, Road 5";

        var (exit, output, error) = Run(draft, "post-check");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal(output.TrimEnd('\n'), output.Trim()); // one line, one object
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["findings"], json.RootElement.EnumerateObject().Select(p => p.Name));
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(["phone", "school", "address"], findings.Select(f => f.GetProperty("kind").GetString()));
        foreach (var finding in findings)
        {
            Assert.Equal(["kind", "start", "length", "text", "why"], finding.EnumerateObject().Select(p => p.Name));
            var start = finding.GetProperty("start").GetInt32();
            var length = finding.GetProperty("length").GetInt32();
            Assert.Equal(draft.Substring(start, length), finding.GetProperty("text").GetString());
            Assert.Contains("Guideline:", finding.GetProperty("why").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal("০১৭১২৩৪৫৬৭৮", findings[0].GetProperty("text").GetString());
        Assert.Contains("\"text\":\"০১৭১২৩৪৫৬৭৮\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PostCheck_WithNothingPersonal_PrintsAnEmptyList()
    {
        var (exit, output, _) = Run("We won the match today!", "post-check");

        Assert.Equal(0, exit);
        Assert.Equal("{\"findings\":[]}", output.Trim());
    }

    [Fact]
    public void PostCheck_InBangla_ExplainsInBangla()
    {
        var (exit, output, _) = Run("amar boyosh 14", "post-check", "--lang", "bn");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var why = json.RootElement.GetProperty("findings")[0].GetProperty("why").GetString();
        Assert.StartsWith("বয়স দেখে অচেনা কেউ বুঝে যায়", why, StringComparison.Ordinal);
        Assert.Contains("নিয়ম:", why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void PostCheck_WithEmptyInput_SaysItIsEmptyAndPrintsNoJson(string input)
    {
        var (exit, output, error) = Run(input, "post-check");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("The draft is empty", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PostCheck_WithTooLongADraft_SaysHowLongItMayBe()
    {
        var (exit, output, error) = Run(new string('a', 10_001), "post-check");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("at most 10000", error, StringComparison.Ordinal);
    }

    [Fact]
    public void PostCheck_WithAnUnknownLanguage_IsAUsageError()
    {
        var (exit, output, error) = Run("hello", "post-check", "--lang", "fr");

        Assert.NotEqual(0, exit);
        Assert.DoesNotContain("{\"findings\":[", output, StringComparison.Ordinal);
        Assert.Contains("'fr'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_ListsPostCheck()
    {
        var (exit, output, _) = Run("", "--help");

        Assert.Equal(0, exit);
        Assert.Contains("post-check", output, StringComparison.Ordinal);
    }
}
