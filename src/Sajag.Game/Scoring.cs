using Sajag.Content;

namespace Sajag.Game;

/// <summary>How answers are scored. By default accuracy only: speed earns nothing unless a facilitator turns it on.</summary>
public sealed record ScoringRules(bool SpeedBonus = false, int PointsPerCorrect = 100, int MaxSpeedBonus = 50)
{
    /// <summary>Accuracy only, no speed pressure.</summary>
    public static ScoringRules Default { get; } = new();
}

/// <summary>One player's answer to one card: the indexes of the options chosen, and how long it took when timed.</summary>
public sealed record Answer(IReadOnlyCollection<int> Chosen, TimeSpan? Elapsed = null, TimeSpan? TimeLimit = null);

/// <summary>Whether an answer was right; discuss cards have no right answer and are not scored.</summary>
public enum Outcome
{
    Correct,
    Incorrect,
    NotScored,
}

/// <summary>The scored answer to one card.</summary>
public sealed record AnswerResult(string CardId, string TopicId, Outcome Outcome, int Points, int SpeedBonus, IReadOnlyList<int> CorrectOptions)
{
    /// <summary>Points plus bonus.</summary>
    public int Total => Points + SpeedBonus;
}

/// <summary>How a player did on one topic.</summary>
public sealed record TopicResult(string TopicId, int Answered, int Correct, int Points)
{
    /// <summary>The share of scored answers that were right, 0 when none were scored.</summary>
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

/// <summary>Checks and scores answers.</summary>
public static class Scoring
{
    /// <summary>The indexes of the card's correct options.</summary>
    public static IReadOnlyList<int> CorrectOptions(Card card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.Options.Select((o, i) => (o, i)).Where(x => x.o.Correct).Select(x => x.i).ToList();
    }

    /// <summary>
    /// Whether the chosen options are exactly the correct ones: a card with one right answer needs that
    /// one; a card with several needs all of them and no wrong one.
    /// </summary>
    public static bool IsCorrect(Card card, IReadOnlyCollection<int> chosen)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        var correct = CorrectOptions(card);
        return correct.Count > 0 && chosen.Distinct().Count() == chosen.Count && chosen.Count == correct.Count && chosen.All(correct.Contains);
    }

    /// <summary>Scores an answer; throws when it names an option the card does not have.</summary>
    public static AnswerResult Score(Card card, Answer answer, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(card);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(rules);
        if (answer.Chosen.FirstOrDefault(i => i < 0 || i >= card.Options.Count, -1) is var bad && bad != -1)
        {
            throw new ArgumentOutOfRangeException(nameof(answer), bad, $"Card '{card.Id}' has no option {bad}.");
        }

        var correctOptions = CorrectOptions(card);
        if (card.Kind == CardKind.Discuss || correctOptions.Count == 0)
        {
            return new AnswerResult(card.Id, card.TopicId, Outcome.NotScored, 0, 0, correctOptions);
        }

        if (!IsCorrect(card, answer.Chosen))
        {
            return new AnswerResult(card.Id, card.TopicId, Outcome.Incorrect, 0, 0, correctOptions);
        }

        return new AnswerResult(card.Id, card.TopicId, Outcome.Correct, rules.PointsPerCorrect, SpeedBonus(card, answer, rules), correctOptions);
    }

    // Speed is rewarded only when asked for, never on a sensitive card, and never below zero.
    private static int SpeedBonus(Card card, Answer answer, ScoringRules rules)
    {
        if (!rules.SpeedBonus || card.Sensitive || answer.Elapsed is not { } elapsed || answer.TimeLimit is not { } limit || limit <= TimeSpan.Zero)
        {
            return 0;
        }

        var left = 1 - Math.Clamp(elapsed / limit, 0, 1);
        return (int)Math.Round(rules.MaxSpeedBonus * left, MidpointRounding.AwayFromZero);
    }

    /// <summary>Sums results per topic, in the order topics first appear.</summary>
    public static IReadOnlyList<TopicResult> ByTopic(IEnumerable<AnswerResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return results
            .Where(r => r.Outcome != Outcome.NotScored)
            .GroupBy(r => r.TopicId, StringComparer.Ordinal)
            .Select(g => new TopicResult(g.Key, g.Count(), g.Count(r => r.Outcome == Outcome.Correct), g.Sum(r => r.Total)))
            .ToList();
    }
}
