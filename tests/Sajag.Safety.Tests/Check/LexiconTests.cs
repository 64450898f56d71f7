using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Sajag.Safety.Check;
using Sajag.Safety.Lexicons;
using Sajag.Safety.Normalise;
using Sajag.Safety.Tests.Posts;

namespace Sajag.Safety.Tests.Check;

/// <summary>
/// The lexicon's phrases run without backtracking and without a match timeout: no text makes a check slow or makes it throw,
/// however busy the machine. Its syntax keeps its meaning without look-arounds.
/// </summary>
[Collection(RunsAlone.Name)]
public sealed class LexiconTests
{
    private static readonly Lexicon Sample = Lexicon.Parse([
        "[tell]\n(dont|do not) (tell|show) !(me|us|him|her) .. (about|that)\n"
        + "[refusal]\n^ (no|nope)\n"
        + "[ending]\n(no|nope) $\n"
        + "[hours]\n(#) (hours|hour) (left|$)\n",
    ]);

    [Fact]
    public void EverySection_RunsWithoutBacktracking_AndWithoutATimeout()
    {
        Assert.NotEmpty(Lexicon.Default.Expressions);
        Assert.All(Lexicon.Default.Expressions, regex =>
        {
            Assert.True(regex.Options.HasFlag(RegexOptions.NonBacktracking), regex.ToString()[..Math.Min(80, regex.ToString().Length)]);
            Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout);
        });
    }

    [Fact]
    public void EveryExpressionOfTheSafetyLibrary_HasNoMatchTimeout()
    {
        // A timeout counts wall-clock time: on a busy machine it turned ordinary texts into exceptions or "nothing found".
        var flags = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        var expressions = typeof(Lexicon).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(flags).Where(f => f.FieldType == typeof(Regex) || f.FieldType == typeof(Regex[])))
            .SelectMany(f => f.GetValue(null) switch { Regex r => [r], Regex[] all => all, _ => [] })
            .ToList();

        Assert.True(expressions.Count > 20, $"{expressions.Count} expressions found");
        Assert.All(expressions, regex => Assert.Equal(Regex.InfiniteMatchTimeout, regex.MatchTimeout));
        Assert.Equal(Regex.InfiniteMatchTimeout, Sajag.Safety.Posts.Patterns.Make("a").MatchTimeout); // every post and contact rule
    }

    [Theory]
    [InlineData("dont tell mom about it", "dont tell mom about")]
    [InlineData("dont tell m about it", "dont tell m about")]
    [InlineData("do not show hers that", "do not show hers that")]
    [InlineData("dont tell anyone at all about it", "dont tell anyone at all about")]
    [InlineData("dont tell me about it", null)]
    [InlineData("dont tell her about it", null)]
    [InlineData("dont tell us that", null)]
    public void AnyWordBut_TakesOneWordThatIsNoneOfThose(string text, string? found) =>
        Assert.Equal(found, Sample.Find("tell", TextNormaliser.Normalise(text)));

    [Theory]
    [InlineData("no way", "no")]
    [InlineData("nope, not today", "nope")]
    [InlineData("i said no", null)]
    public void Caret_IsTheStartOfTheMessage(string text, string? found) =>
        Assert.Equal(found, Sample.Find("refusal", TextNormaliser.Normalise(text)));

    [Theory]
    [InlineData("i said no", "no")]
    [InlineData("no way", null)]
    public void Dollar_IsTheEndOfTheMessage(string text, string? found) =>
        Assert.Equal(found, Sample.Find("ending", TextNormaliser.Normalise(text)));

    [Fact]
    public void AMessageOfOnlyNumbers_IsReadOnceNotOnceAWord()
    {
        // "(#) hours left" over 100,000 numbers and no "hours": a backtracking engine tried every count of numbers from every
        // number (quadratic, minutes); without backtracking it costs what a message of words of the same length costs.
        var numbers = Repeat("12 ", 300_000);
        var words = Repeat("ok ", 300_000);
        Assert.Null(Sample.Find("hours", TextNormaliser.Normalise(numbers)));
        Assert.Equal("12 12 12 hours left", Sample.Find("hours", TextNormaliser.Normalise("so 12 12 12 hours left")));

        var (cost, normal) = Timing.Best(() => Sample.Find("hours", TextNormaliser.Normalise(numbers)), () => Sample.Find("hours", TextNormaliser.Normalise(words)));
        Assert.True(cost <= 8 * normal, $"numbers {cost.TotalMilliseconds:F0} ms, words {normal.TotalMilliseconds:F0} ms");
    }

    [Theory]
    [InlineData("12 ")]
    [InlineData("a ")]
    [InlineData("dont tell ")]
    [InlineData("selfie ")]
    [InlineData("ami ")]
    [InlineData("আমি ")]
    public void AChatOfOneHugeMessage_IsChecked(string piece)
    {
        var outcome = ChatCheck.RunText("12/03/2024, 21:05 - Karim: " + Repeat(piece, 1_000_000) + "\n12/03/2024, 21:06 - Me: ok", "Me");

        Assert.True(outcome.Result is not null, $"{outcome.ReadError?.Message} {outcome.MeError} [{string.Join(", ", outcome.Participants)}]");
        Assert.Equal(2, outcome.Result.Chat.Count);
    }

    private static string Repeat(string piece, int length)
    {
        var text = new StringBuilder(length + piece.Length);
        while (text.Length < length)
        {
            text.Append(piece);
        }

        return text.ToString();
    }
}

/// <summary>The fastest of a few runs of two pieces of work taken in turn: load only ever adds time, so the fastest is closest to the cost.</summary>
internal static class Timing
{
    public static (TimeSpan Work, TimeSpan Normal) Best(Action work, Action normal)
    {
        var (best, baseline) = (TimeSpan.MaxValue, TimeSpan.MaxValue);
        for (var i = 0; i < 3; i++)
        {
            best = Min(best, Time(work));
            baseline = Min(baseline, Time(normal));
        }

        return (best, baseline);

        static TimeSpan Time(Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            return clock.Elapsed;
        }

        static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
    }
}
