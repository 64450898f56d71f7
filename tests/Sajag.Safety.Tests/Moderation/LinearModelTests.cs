using Sajag.Safety.Moderation;
using Sajag.Safety.Moderation.Learned;

namespace Sajag.Safety.Tests.Moderation;

/// <summary>The learned part of the moderation filter: n-gram weights summed, the strongest n-grams shown as the cue.</summary>
public sealed class LinearModelTests
{
    // A made-up word no rule knows, weighted towards a threat by a hand-written model.
    private static LinearModel Tiny() => LinearModel.Parse(new StringReader(
        "# test model\nthreshold\t0.5\n(bias)\t-2\t0\t0\t0\t0\nw blorp\t3\t0\t0\t2\t0\nc <bl\t0.5\t0\t0\t0\t0\nw and\t-1\t0\t0\t0\t0\n"));

    [Fact]
    public void Score_SumsTheWeightsOfThePresentNGrams_AndNamesTheStrongestAsTheCue()
    {
        var verdict = Tiny().Score("I will BLOOORP you");

        Assert.True(verdict.Flagged);
        Assert.Equal(1 / (1 + Math.Exp(-(-2 + 3 + 0.5))), verdict.Probability, 6);
        Assert.Equal(ModerationReason.Threat, verdict.Reason);
        // One cue per word: "c <bl" is blorp's too, and weighs less than "w blorp".
        Assert.Equal(["w blorp"], verdict.Cues.Select(c => c.Feature));
    }

    [Fact]
    public void Score_BelowTheThreshold_DoesNotFlag()
    {
        var verdict = Tiny().Score("and blob");

        Assert.False(verdict.Flagged);
        Assert.Equal(1 / (1 + Math.Exp(2.5)), verdict.Probability, 6);
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
    public void Moderator_WhereTheRulesFindHarm_KeepsTheRulesFinding()
    {
        var result = Moderator.Check("fuck off blorp", null, Tiny());

        Assert.All(result.Findings, f => Assert.Equal(ModerationFinding.Rules, f.By));
        Assert.False(result.ByModel);
    }

    [Fact]
    public void Parse_ReadsTheLiveThreshold_AndAModelWithoutOneIsNotForTheLiveFilter()
    {
        var live = LinearModel.Parse(new StringReader("threshold\t0.5\nlive-threshold\t0.997\n(bias)\t-2\t0\t0\t0\t0\n"));

        Assert.Equal(0.997, live.LiveThreshold);
        Assert.Null(Tiny().LiveThreshold);
        Assert.InRange(LinearModel.Default!.LiveThreshold!.Value, LinearModel.Default.Threshold, 1);
    }

    [Fact]
    public void LiveFilter_WhereTheRulesFindNothing_TakesTheModelsFlagAtItsLiveThreshold_AndMasksAWordThatIsNotYou()
    {
        // A threat the rules miss (tuning row y-batch style), found by the embedded model: the live filter flags it, says the
        // model found it, and masks the cue word rather than "you".
        const string text = "see you after school behind the field. come alone";

        var live = Moderator.Check(text);

        Assert.False(Moderator.Check(text, null, null).Flagged);
        Assert.True(live.Flagged);
        Assert.True(live.ByModel);
        var finding = Assert.Single(live.Findings);
        Assert.Equal(ModerationFinding.Model, finding.By);
        Assert.NotEmpty(finding.Cues);
        Assert.Equal("see you after school b*** the field. come alone", live.Masked);
        Assert.True(LinearModel.Default!.Score(text).Probability >= LinearModel.Default.LiveThreshold);
    }

    [Theory]
    [InlineData("see you after school behind the field. come alone")]
    [InlineData("tui ekta g4dh4, tor basa chini, rat e ekta surprise pabi")]
    [InlineData("তোর মুখ ভেঙে দিবো, দেখিস")]
    [InlineData("Never send nude photos to anyone online, tell 1098")]
    [InlineData("a")]
    [InlineData("")]
    public void Probability_IsScoresProbability_ToTheLastBit(string text)
    {
        var normalised = Sajag.Safety.Normalise.TextNormaliser.Normalise(text);

        Assert.Equal(LinearModel.Default!.Score(normalised).Probability, LinearModel.Default.Probability(normalised));
        Assert.Equal(Tiny().Score(normalised).Probability, Tiny().Probability(normalised));
    }

    [Fact]
    public void Probability_AllocatesNothing()
    {
        var model = LinearModel.Default!;
        var normalised = Sajag.Safety.Normalise.TextNormaliser.Normalise("ami kal school e jabo, tumi ki jabe? homework ta dekhao");
        _ = model.Probability(normalised);

        var before = GC.GetAllocatedBytesForCurrentThread();
        _ = model.Probability(normalised);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

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
        Assert.InRange(model.FeatureCount, 100, 20_000);
    }
}
