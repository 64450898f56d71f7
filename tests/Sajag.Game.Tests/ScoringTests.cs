using FsCheck.Xunit;
using Sajag.Content;

namespace Sajag.Game.Tests;

public sealed class ScoringTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    [Fact]
    public void SingleCorrectOption_ScoresOnlyThatOption()
    {
        var card = Builders.Card("c", correct: [false, true, false]);

        Assert.Equal(Outcome.Correct, Scoring.Score(card, new Answer([1]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([0]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([0, 1]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([]), ScoringRules.Default).Outcome);
    }

    [Fact]
    public void SeveralCorrectOptions_NeedAllOfThemAndNoWrongOne()
    {
        var card = Builders.Card("c", correct: [true, false, true]);

        Assert.Equal(Outcome.Correct, Scoring.Score(card, new Answer([2, 0]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([0]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([0, 1, 2]), ScoringRules.Default).Outcome);
        Assert.Equal(Outcome.Incorrect, Scoring.Score(card, new Answer([0, 0]), ScoringRules.Default).Outcome);
        Assert.Equal([0, 2], Scoring.Score(card, new Answer([0]), ScoringRules.Default).CorrectOptions);
    }

    [Fact]
    public void ByDefault_SpeedEarnsNothing()
    {
        var card = Builders.Card("c");

        var fast = Scoring.Score(card, new Answer([0], TimeSpan.FromSeconds(1), Limit), ScoringRules.Default);
        var slow = Scoring.Score(card, new Answer([0], TimeSpan.FromSeconds(19), Limit), ScoringRules.Default);

        Assert.Equal(100, fast.Total);
        Assert.Equal(fast.Total, slow.Total);
    }

    [Fact]
    public void WithSpeedBonus_AFasterRightAnswerEarnsMore()
    {
        var card = Builders.Card("c");
        var rules = new ScoringRules(SpeedBonus: true);

        Assert.Equal(50, Scoring.Score(card, new Answer([0], TimeSpan.Zero, Limit), rules).SpeedBonus);
        Assert.Equal(25, Scoring.Score(card, new Answer([0], TimeSpan.FromSeconds(10), Limit), rules).SpeedBonus);
        Assert.Equal(0, Scoring.Score(card, new Answer([0], TimeSpan.FromSeconds(30), Limit), rules).SpeedBonus);
        Assert.Equal(0, Scoring.Score(card, new Answer([1], TimeSpan.Zero, Limit), rules).Total);
    }

    [Fact]
    public void SensitiveCards_NeverGetASpeedBonus()
    {
        var card = Builders.Card("c", sensitive: true);

        var result = Scoring.Score(card, new Answer([0], TimeSpan.Zero, Limit), new ScoringRules(SpeedBonus: true));

        Assert.Equal(Outcome.Correct, result.Outcome);
        Assert.Equal(0, result.SpeedBonus);
    }

    [Fact]
    public void DiscussCards_AreNotScored()
    {
        var result = Scoring.Score(Builders.Card("d", kind: CardKind.Discuss), new Answer([]), ScoringRules.Default);

        Assert.Equal(Outcome.NotScored, result.Outcome);
        Assert.Equal(0, result.Total);
    }

    [Fact]
    public void AnOptionTheCardDoesNotHave_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Scoring.Score(Builders.Card("c"), new Answer([5]), ScoringRules.Default));

    [Fact]
    public void ByTopic_SumsAnsweredCorrectAndPoints_AndSkipsUnscored()
    {
        var results = new[]
        {
            Scoring.Score(Builders.Card("a", "t1"), new Answer([0]), ScoringRules.Default),
            Scoring.Score(Builders.Card("b", "t1"), new Answer([1]), ScoringRules.Default),
            Scoring.Score(Builders.Card("c", "t2"), new Answer([0]), ScoringRules.Default),
            Scoring.Score(Builders.Card("d", "t2", CardKind.Discuss), new Answer([]), ScoringRules.Default),
        };

        var byTopic = Scoring.ByTopic(results);

        Assert.Equal([new TopicResult("t1", 2, 1, 100), new TopicResult("t2", 1, 1, 100)], byTopic);
        Assert.Equal(0.5, byTopic[0].Accuracy);
    }

    [Property(MaxTest = 500)]
    public void ForAnyAnswer_TheScoreIsNeverNegative_AndSensitiveCardsNeverGetABonus(int packSeed, int cardPick, int[] chosen, int elapsedMs, int limitMs, bool speed)
    {
        var pack = Builders.RandomPack(packSeed);
        if (pack.Cards.Count == 0)
        {
            return;
        }

        var card = pack.Cards[(int)((uint)cardPick % (uint)pack.Cards.Count)];
        var valid = (chosen ?? []).Select(i => (int)((uint)i % (uint)Math.Max(card.Options.Count, 1))).Where(i => i < card.Options.Count).Distinct().ToList();
        var answer = new Answer(valid, TimeSpan.FromMilliseconds(elapsedMs), TimeSpan.FromMilliseconds(limitMs));

        var result = Scoring.Score(card, answer, new ScoringRules(SpeedBonus: speed));

        Assert.True(result.Points >= 0 && result.SpeedBonus >= 0 && result.Total >= 0);
        Assert.True(result.SpeedBonus <= 50);
        if (card.Sensitive || !speed)
        {
            Assert.Equal(0, result.SpeedBonus);
        }

        Assert.Equal(Scoring.IsCorrect(card, valid) && card.Kind != CardKind.Discuss, result.Outcome == Outcome.Correct);
    }
}
