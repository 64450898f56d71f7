using System.Collections.Frozen;
using System.Globalization;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Moderation.Learned;

/// <summary>One n-gram that pushed the learned model towards a flag, and how hard.</summary>
/// <param name="Feature">The n-gram as the model knows it: "w word", "b word word" or "c &lt;abc".</param>
/// <param name="Weight">Its weight towards a flag.</param>
/// <param name="Token">The normalised token it came from (an index into <see cref="NormalisedText.Spans"/>).</param>
public sealed record LearnedCue(string Feature, double Weight, int Token);

/// <summary>What the learned model makes of one text.</summary>
/// <param name="Probability">How likely the text is harmful, 0 to 1.</param>
/// <param name="Flagged">Whether <paramref name="Probability"/> reaches the model's threshold.</param>
/// <param name="Reason">The kind of harm the model finds likeliest (abuse, sexual, threat or slur).</param>
/// <param name="Cues">The present n-grams with the largest weights towards a flag, largest first, the strongest of each word only (at most five words).</param>
public sealed record LearnedVerdict(double Probability, bool Flagged, ModerationReason Reason, IReadOnlyList<LearnedCue> Cues);

/// <summary>
/// The learned part of the moderation filter: logistic regressions over <see cref="NGrams"/> trained by ML.NET
/// (<c>sajag train-moderation</c>), one for "harmful or not" and one per kind of harm, stored as the weights of their
/// n-grams (<c>Moderation/Learned/model.tsv</c>, embedded). Scoring is a sum of weights, so it needs no ML.NET at run time,
/// costs microseconds, and the n-grams with the largest weights are the cue that explains a flag.
/// </summary>
/// <remarks>Thread-safe and immutable once loaded.</remarks>
public sealed class LinearModel
{
    /// <summary>The columns of a model file after the feature: the flag model, then one per kind of harm.</summary>
    public static readonly IReadOnlyList<ModerationReason> Kinds = [ModerationReason.Abuse, ModerationReason.Sexual, ModerationReason.Threat, ModerationReason.Slur];

    private readonly FrozenDictionary<string, float[]> _weights;
    private readonly float[] _bias;

    private LinearModel(FrozenDictionary<string, float[]> weights, float[] bias, double threshold, double? liveThreshold)
    {
        _weights = weights;
        _bias = bias;
        Threshold = threshold;
        LiveThreshold = liveThreshold;
    }

    /// <summary>The model shipped with Sajag, or null when none is embedded.</summary>
    public static LinearModel? Default { get; } = LoadEmbedded();

    /// <summary>The probability from which a text is flagged.</summary>
    public double Threshold { get; }

    /// <summary>
    /// The probability from which the live filter (<see cref="Moderator.Check(string, Sajag.Safety.Posts.SafeContacts?)"/>)
    /// takes the model's flag, chosen stricter than <see cref="Threshold"/> so that, cross-validated one writer at a time, the
    /// model adds no false flag to any writer's clean answers; null when the model is not for the live filter.
    /// </summary>
    public double? LiveThreshold { get; }

    /// <summary>How many n-grams carry a weight.</summary>
    public int FeatureCount => _weights.Count;

    /// <summary>Scores a text.</summary>
    public LearnedVerdict Score(string text) => Score(TextNormaliser.Normalise(text));

    /// <summary>Scores a text already normalised.</summary>
    public LearnedVerdict Score(NormalisedText text)
    {
        var sums = (float[])_bias.Clone();
        var cues = new List<LearnedCue>();
        foreach (var (feature, token) in NGrams.Of(text))
        {
            if (!_weights.TryGetValue(feature, out var w))
            {
                continue;
            }

            for (var k = 0; k < sums.Length; k++)
            {
                sums[k] += w[k];
            }

            if (w[0] > 0)
            {
                cues.Add(new LearnedCue(feature, w[0], token));
            }
        }

        var probability = 1 / (1 + Math.Exp(-sums[0]));
        var best = 1;
        for (var k = 2; k < sums.Length; k++)
        {
            if (sums[k] > sums[best])
            {
                best = k;
            }
        }

        cues.Sort((a, b) => b.Weight.CompareTo(a.Weight));
        return new LearnedVerdict(probability, probability >= Threshold, Kinds[best - 1], cues.DistinctBy(c => c.Token).Take(5).ToList());
    }

    /// <summary>Reads a model file: "threshold T", optionally "live-threshold L" (<see cref="LiveThreshold"/>), then "(bias)" and one line per n-gram, each with the flag weight and one weight per kind.</summary>
    public static LinearModel Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[]? bias = null;
        double? threshold = null;
        double? live = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells[0] == "threshold" && cells.Length == 2)
            {
                threshold = double.Parse(cells[1], CultureInfo.InvariantCulture);
                continue;
            }

            if (cells[0] == "live-threshold" && cells.Length == 2)
            {
                live = double.Parse(cells[1], CultureInfo.InvariantCulture);
                continue;
            }

            if (cells.Length != Kinds.Count + 2)
            {
                throw new FormatException($"Model line {number} has {cells.Length} cells, not {Kinds.Count + 2}.");
            }

            var values = cells.Skip(1).Select(c => float.Parse(c, CultureInfo.InvariantCulture)).ToArray();
            if (cells[0] == "(bias)")
            {
                bias = values;
            }
            else
            {
                weights[cells[0]] = values;
            }
        }

        return new LinearModel(weights.ToFrozenDictionary(StringComparer.Ordinal),
            bias ?? throw new FormatException("The model has no (bias) line."),
            threshold ?? throw new FormatException("The model has no threshold line."),
            live);
    }

    private static LinearModel? LoadEmbedded()
    {
        var assembly = typeof(LinearModel).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.EndsWith(".Learned.model.tsv", StringComparison.Ordinal));
        if (name is null)
        {
            return null;
        }

        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
