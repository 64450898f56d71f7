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
/// <param name="Cues">The present n-grams with the largest weights towards a flag, largest first (at most five).</param>
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
    // Each n-gram's number and flag weight, looked up by a span so the live filter builds no string per n-gram.
    private readonly FrozenDictionary<string, (int Number, float Flag)>.AlternateLookup<ReadOnlySpan<char>> _flagWeights;

    private LinearModel(FrozenDictionary<string, float[]> weights, float[] bias, double threshold)
    {
        _weights = weights;
        _bias = bias;
        Threshold = threshold;
        var number = 0;
        _flagWeights = weights.Keys.Order(StringComparer.Ordinal).ToFrozenDictionary(k => k, k => (number++, weights[k][0]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The model shipped with Sajag, or null when none is embedded.</summary>
    public static LinearModel? Default { get; } = LoadEmbedded();

    /// <summary>The probability from which a text is flagged.</summary>
    public double Threshold { get; }

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
        return new LearnedVerdict(probability, probability >= Threshold, Kinds[best - 1], cues.Take(5).ToList());
    }

    /// <summary>
    /// Whether <paramref name="text"/> reaches the threshold: the same sum as <see cref="Score(NormalisedText)"/>'s flag
    /// probability, with each n-gram looked up as a span of one buffer (no string, list or dictionary per answer), for the
    /// live filter, which scores every answer the rules pass. <see cref="Score(NormalisedText)"/> then explains a flag.
    /// </summary>
    public double Probability(NormalisedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Text.AsSpan();
        // Each n-gram counts once however often it occurs (as NGrams.Of gives them): one bit per n-gram present.
        var size = (_weights.Count + 63) / 64;
        Span<ulong> seen = size <= 512 ? stackalloc ulong[size] : new ulong[size];
        seen.Clear();
        Span<char> buffer = stackalloc char[128];
        Span<char> gram = stackalloc char[7];
        gram[0] = 'c';
        gram[1] = ' ';
        var sum = _bias[0];
        var at = 0;
        while (Next(words, ref at) is var (start, length) && length > 0)
        {
            var token = words.Slice(start, length);
            var next = at;
            var (nextStart, nextLength) = Next(words, ref next);
            var need = Math.Max(3 + length + nextLength, length + 4);
            var chars = need <= buffer.Length ? buffer : new char[need];
            chars[0] = 'w';
            chars[1] = ' ';
            token.CopyTo(chars[2..]);
            sum += Weight(chars[..(2 + length)], seen);
            if (nextLength > 0)
            {
                chars[0] = 'b';
                chars[2 + length] = ' ';
                words.Slice(nextStart, nextLength).CopyTo(chars[(3 + length)..]);
                sum += Weight(chars[..(3 + length + nextLength)], seen);
            }

            // The character 3- to 5-grams of "<token>", each as "c " and the n-gram.
            var marked = chars[2..];
            marked[0] = '<';
            token.CopyTo(marked[1..]);
            marked[length + 1] = '>';
            for (var n = 3; n <= 5; n++)
            {
                for (var from = 0; from + n <= length + 2; from++)
                {
                    marked.Slice(from, n).CopyTo(gram[2..]);
                    sum += Weight(gram[..(2 + n)], seen);
                }
            }
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    private float Weight(ReadOnlySpan<char> feature, Span<ulong> seen)
    {
        if (!_flagWeights.TryGetValue(feature, out var found))
        {
            return 0;
        }

        ref var bits = ref seen[found.Number >> 6];
        var bit = 1UL << (found.Number & 63);
        if ((bits & bit) != 0)
        {
            return 0;
        }

        bits |= bit;
        return found.Flag;
    }

    // The next space-separated word of the normalised text from at, as (start, length); length 0 at the end.
    private static (int Start, int Length) Next(ReadOnlySpan<char> words, ref int at)
    {
        while (at < words.Length && words[at] == ' ')
        {
            at++;
        }

        var start = at;
        while (at < words.Length && words[at] != ' ')
        {
            at++;
        }

        return (start, at - start);
    }

    /// <summary>Reads a model file: "threshold T", then "(bias)" and one line per n-gram, each with the flag weight and one weight per kind.</summary>
    public static LinearModel Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        float[]? bias = null;
        double? threshold = null;
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
            threshold ?? throw new FormatException("The model has no threshold line."));
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
