using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>The learned part of the moderation filter: n-gram weights summed, the strongest n-grams shown as the cue.</summary>
public sealed class LinearModelTests
{
    // A made-up word no rule knows, weighted towards a threat by a hand-written model.
    private static LinearModel Tiny() => LinearModel.Parse(new StringReader(
        "# test model\nthreshold\t0.5\n(bias)\t-0.5\t0\t0\t0\t0\nw blorp\t20\t0\t0\t2\t0\nc <bl\t0.5\t0\t0\t0\t0\nw and\t-1\t0\t0\t0\t0\n"));

    [Fact]
    public void Score_SumsTheWeightsOfThePresentNGrams_OverTheRootOfTheirNumber_AndNamesTheStrongestAsTheCue()
    {
        const string text = "I will BLOOORP you";

        var verdict = Tiny().Score(text);

        // i, wil, blorp (letters typed twice count once; you has no word feature); their 3 pairs; each said to someone (y);
        // 1 + 6 + 12 character n-grams.
        Assert.Equal(28, NGrams.Count(text));
        Assert.True(verdict.Flagged);
        Assert.Equal(1 / (1 + Math.Exp(-(-0.5 + (20.5 / Math.Sqrt(28))))), verdict.Probability, 5);
        Assert.Equal(ModerationReason.Threat, verdict.Reason);
        Assert.Equal(["w blorp", "c <bl"], verdict.Cues.Select(c => c.Feature));
    }

    [Fact]
    public void Score_BelowTheThreshold_DoesNotFlag()
    {
        var verdict = Tiny().Score("and blob");

        // and, blob; their pair; 6 + 9 character n-grams.
        Assert.Equal(18, NGrams.Count("and blob"));
        Assert.False(verdict.Flagged);
        Assert.Equal(1 / (1 + Math.Exp(-(-0.5 + (-0.5 / Math.Sqrt(18))))), verdict.Probability, 5);
        Assert.Equal(["c <bl"], verdict.Cues.Select(c => c.Feature));
    }

    [Fact]
    public void Moderator_WhereTheRulesFindNothing_TakesTheModelsFlag_MasksTheCueWord_AndSaysTheModelFoundIt()
    {
        var result = Moderator.Check("ami tore blorp korbo", null, Tiny());

        Assert.True(result.Flagged);
        Assert.Equal([ModerationReason.Threat], result.Reasons);
        Assert.Equal("ami tore b*** korbo", result.Masked);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(ModerationFinding.Model, finding.By);
        Assert.Equal("w blorp", finding.Cues[0]);
        Assert.True(result.ByModel);
        Assert.False(Moderator.Check("ami tore blorp korbo", null, null).Flagged);
    }

    [Fact]
    public void Score_WithASupportThreshold_FlagsOnlyWhenTheRestOfTheAnswerPointsToHarmWithoutItsStrongestWord()
    {
        // blorp pushes hard alone; zing a little; the rest of "blorp zing" without blorp is zing alone.
        const string weights = "(bias)\t-0.5\t0\t0\t2\t0\nw blorp\t20\t0\t0\t2\t0\nw zing\t8\t0\t0\t0\t0\n";
        var model = LinearModel.Parse(new StringReader("threshold\t0.5\nsupport\t0.7\n" + weights));

        var alone = model.Score("blorp blorp");
        var twice = model.Score("blorp zing");

        Assert.Equal(0.7, model.SupportThreshold);
        Assert.True(alone.Probability >= 0.5);
        Assert.Equal(1 / (1 + Math.Exp(0.5)), alone.Support, 5);
        Assert.False(alone.Flagged);
        Assert.Equal(1 / (1 + Math.Exp(-(-0.5 + (8 / Math.Sqrt(NGrams.Count("blorp zing")))))), twice.Support, 5);
        Assert.True(twice.Flagged);
        Assert.Equal(0, LinearModel.Parse(new StringReader("threshold\t0.5\n" + weights)).SupportThreshold);
    }

    [Fact]
    public void Moderator_WhereTheRulesFindHarm_KeepsTheRulesFinding()
    {
        var result = Moderator.Check("fuck off blorp", null, Tiny());

        Assert.All(result.Findings, f => Assert.Equal(ModerationFinding.Rules, f.By));
        Assert.False(result.ByModel);
    }

    [Theory]
    [InlineData("you are so stuuupid lol")]
    [InlineData("তোর মুখ ভেঙে দিবো, দেখিস")]
    [InlineData("tui ekta g4dh4, f u c k off")]
    [InlineData("Never send nude photos to anyone online")]
    public void NGrams_AsStrings_HashToExactlyTheKeysTheModelLooksUp(string text)
    {
        var strings = NGrams.Of(text).Keys.Select(NGrams.Hash).ToHashSet();
        var sink = new Hashes([]);

        NGrams.Visit(Skeleton.Build(text).Text, ref sink);

        Assert.Equal(strings.Order(), sink.Seen.Distinct().Order());
    }

    [Fact]
    public void NGrams_OfAnAnswerSaidToSomeone_ReadEachOtherWordAsSaidToThem_AndGiveThePronounNoWeightOfItsOwn()
    {
        var addressed = NGrams.Of("send nude pics to me tui").Keys;
        var topic = NGrams.Of("never send nude pics to anyone").Keys;

        Assert.Contains("y nude", addressed);
        Assert.Contains("w nude", addressed);
        Assert.DoesNotContain("w tui", addressed);
        Assert.DoesNotContain("c <tui>", addressed);
        Assert.Contains("b me tui", addressed);
        Assert.DoesNotContain(topic, f => f.StartsWith("y ", StringComparison.Ordinal));
    }

    [Fact]
    public void NGrams_FoldLettersTypedManyTimes_AndTheRulesDisguises()
    {
        Assert.Equal(NGrams.Of("stupid").Keys.Order(), NGrams.Of("STUUUUPID").Keys.Order());
        Assert.Contains("w shit", NGrams.Of("sh1t").Keys);
    }

    [Fact]
    public void Flag_OnAnAnswerItDoesNotFlag_AllocatesNothing()
    {
        var model = LinearModel.Default!;
        var skeleton = Skeleton.Build("ami kal school e jabo, tumi ki jabe? homework ta dekhao");
        Assert.Null(model.Flag(skeleton));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var verdict = model.Flag(skeleton);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Null(verdict);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Parse_ABrokenFile_SaysWhatIsWrong()
    {
        Assert.Contains("no (bias) line", Assert.Throws<FormatException>(() => LinearModel.Parse(new StringReader("threshold\t0.5\n"))).Message, StringComparison.Ordinal);
        Assert.Contains("line 2 has 2 cells", Assert.Throws<FormatException>(() => LinearModel.Parse(new StringReader("threshold\t0.5\nw x\t1\n"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_IsEmbedded_WithAThresholdAndWeights()
    {
        var model = LinearModel.Default;

        Assert.NotNull(model);
        Assert.InRange(model.Threshold, 0.5, 1);
        Assert.InRange(model.FeatureCount, 100, 40_000);
    }

    private readonly struct Hashes(List<ulong> seen) : NGrams.ISink
    {
        public List<ulong> Seen { get; } = seen;

        public void Add(char kind, scoped ReadOnlySpan<char> first, scoped ReadOnlySpan<char> second, int wordStart, int wordLength) =>
            Seen.Add(NGrams.Hash(kind, first, second));
    }
}
