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

    // Each n-gram's flag weight by its row, to score without making a string (Probability); the rows of the n-grams that are
    // not in _grams (words, pairs, character n-grams that do not pack) by their text. Kept out of this dictionary, the
    // character n-grams leave it small enough to stay in the core's cache beside the rules'.
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _rowOf;
    private readonly float[] _flag;

    // The character n-grams ("c " and 3 to 5 characters, each ASCII or Bengali) by their characters packed into a number
    // (Gram): an open-addressed table of the key with its row above it (RowShift), one number a slot (128 KB for the shipped
    // model's 9,479), probed without hashing a string or reading one. A gram of the text that packs and is not here is in no row.
    private readonly ulong[] _grams;
    private readonly int _gramShift;
    private const int RowShift = 43;
    private const ulong KeyMask = (1UL << RowShift) - 1;

    [ThreadStatic]
    private static char[]? t_normalised;

    [ThreadStatic]
    private static int[]? t_seen;

    [ThreadStatic]
    private static int t_stamp;

    [ThreadStatic]
    private static LinearModel? t_owner;

    private LinearModel(FrozenDictionary<string, float[]> weights, float[] bias, double threshold, double? liveThreshold)
    {
        _weights = weights;
        var rows = new Dictionary<string, int>(weights.Count, StringComparer.Ordinal);
        _flag = new float[weights.Count];
        foreach (var (feature, w) in weights)
        {
            _flag[rows.Count] = w[0];
            rows.Add(feature, rows.Count);
        }

        if (rows.Count >= 1 << (64 - RowShift))
        {
            throw new FormatException($"The model has {rows.Count} n-grams; at most {(1 << (64 - RowShift)) - 1} fit the packed table.");
        }

        static bool Packs(string feature) => feature.StartsWith("c ", StringComparison.Ordinal) && Gram(feature.AsSpan(2)) != 0;
        _rowOf = rows.Where(r => !Packs(r.Key)).ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var grams = rows.Where(r => Packs(r.Key)).ToList();
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, grams.Count) * 1.5)));
        _grams = new ulong[1 << bits];
        _gramShift = 64 - bits;
        foreach (var (feature, row) in grams)
        {
            var key = Gram(feature.AsSpan(2));
            var at = Slot(key);
            while (_grams[at] != 0)
            {
                at = (at + 1) & (_grams.Length - 1);
            }

            _grams[at] = key | ((ulong)row << RowShift);
        }
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
    /// model adds at most one in a hundred of any writer's clean answers (train-moderation --live-max-added); null when the model is not for the live filter.
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

    /// <summary>
    /// The probability of <see cref="Score(NormalisedText)"/> (the same sum, in the same order), reading the same n-grams
    /// (<see cref="NGrams"/>) as spans of a buffer: no string, list or dictionary is made, so the live filter can ask it of
    /// every answer the rules pass and build the verdict only for a flag.
    /// </summary>
    internal double Probability(NormalisedText text) => Probability(text.Text.AsSpan());

    /// <summary>
    /// <see cref="Probability(NormalisedText)"/> of <paramref name="text"/> as <see cref="TextNormaliser.Normalise"/> would
    /// normalise it, read from a buffer this thread keeps: no string is made for the text or any of its words.
    /// </summary>
    internal double ProbabilityOf(string text)
    {
        var buffer = t_normalised ??= new char[512];
        var length = TextNormaliser.NormaliseInto(text, ref buffer);
        t_normalised = buffer.Length <= 4096 ? buffer : null;
        return Probability(buffer.AsSpan(0, length));
    }

    private double Probability(ReadOnlySpan<char> chars)
    {
        if (!ReferenceEquals(t_owner, this) || t_seen is null || t_stamp == int.MaxValue)
        {
            t_seen = new int[_flag.Length];
            t_owner = this;
            t_stamp = 0;
        }

        var seen = t_seen;
        var stamp = ++t_stamp;
        var sum = _bias[0];
        Span<char> small = stackalloc char[128];
        Span<byte> codes = stackalloc byte[130];
        var (start, end) = NextToken(chars, 0);
        while (start < end)
        {
            var token = chars[start..end];
            var (nextStart, nextEnd) = NextToken(chars, end);

            // As NGrams.Of: the word, the pair it starts, then its character 3- to 5-grams with its edges marked.
            var size = 4 + token.Length + (nextEnd - nextStart);
            var buffer = size <= small.Length ? small : new char[size];
            buffer[0] = 'w';
            buffer[1] = ' ';
            token.CopyTo(buffer[2..]);
            sum += Weight(buffer[..(2 + token.Length)], seen, stamp);
            if (nextStart < nextEnd)
            {
                buffer[0] = 'b';
                buffer[2 + token.Length] = ' ';
                chars[nextStart..nextEnd].CopyTo(buffer[(3 + token.Length)..]);
                sum += Weight(buffer[..(3 + token.Length + (nextEnd - nextStart))], seen, stamp);
            }

            // "c " then the marked word "<token>", whose slices are read in place.
            buffer[0] = 'c';
            buffer[2] = '<';
            token.CopyTo(buffer[3..]);
            buffer[3 + token.Length] = '>';
            var marked = token.Length + 2;
            if (marked <= codes.Length && Codes(buffer.Slice(2, marked), codes))
            {
                // Every character packs: each gram is a probe of the table (the same grams in the same order as below).
                for (var n = 3; n <= 5; n++)
                {
                    for (var at = 0; at + n <= marked; at++)
                    {
                        sum += Weight(RowOf(Pack(codes.Slice(at, n))), seen, stamp);
                    }
                }

                (start, end) = (nextStart, nextEnd);
                continue;
            }

            for (var n = 3; n <= 5; n++)
            {
                for (var at = 0; at + n <= marked; at++)
                {
                    if (Gram(buffer.Slice(2 + at, n)) is var key and not 0)
                    {
                        sum += Weight(RowOf(key), seen, stamp);
                        continue;
                    }

                    // The feature is "c " + marked[at..at+n]: shift the two-character prefix to just before the slice.
                    var prefix = buffer.Slice(2 + at - 2, 2);
                    var (a, b) = (prefix[0], prefix[1]);
                    prefix[0] = 'c';
                    prefix[1] = ' ';
                    sum += Weight(buffer.Slice(at, n + 2), seen, stamp);
                    prefix[0] = a;
                    prefix[1] = b;
                }
            }

            (start, end) = (nextStart, nextEnd);
        }

        return 1 / (1 + Math.Exp(-sum));
    }

    // A present n-gram's flag weight, counted once per text.
    private float Weight(ReadOnlySpan<char> feature, int[] seen, int stamp) =>
        Weight(_rowOf.TryGetValue(feature, out var row) ? row : -1, seen, stamp);

    private float Weight(int row, int[] seen, int stamp)
    {
        if (row < 0 || seen[row] == stamp)
        {
            return 0;
        }

        seen[row] = stamp;
        return _flag[row];
    }

    // The row of a packed character n-gram, or -1.
    private int RowOf(ulong key)
    {
        var mask = _grams.Length - 1;
        for (var at = Slot(key); ; at = (at + 1) & mask)
        {
            var found = _grams[at];
            if ((found & KeyMask) == key)
            {
                return (int)(found >> RowShift);
            }

            if (found == 0)
            {
                return -1;
            }
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _gramShift);

    // A character's code in a packed gram: ASCII from space to tilde 1-95, Bengali 128-255; 0 for any other (not packed).
    private static byte Code(char c) => c switch
    {
        >= ' ' and <= '~' => (byte)(c - ' ' + 1),
        >= '\u0980' and <= '\u09FF' => (byte)(c - '\u0980' + 128),
        _ => 0,
    };

    // The codes of chars, false if one does not pack.
    private static bool Codes(ReadOnlySpan<char> chars, Span<byte> codes)
    {
        for (var k = 0; k < chars.Length; k++)
        {
            if ((codes[k] = Code(chars[k])) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // A gram of 3 to 5 codes as one number: its length above its codes, the first code lowest. Distinct grams, distinct numbers.
    private static ulong Pack(ReadOnlySpan<byte> codes)
    {
        var key = (ulong)codes.Length << 40;
        for (var k = 0; k < codes.Length; k++)
        {
            key |= (ulong)codes[k] << (8 * k);
        }

        return key;
    }

    // The packed number of a model's gram (the part after "c "), 0 if it is not 3-5 characters that all pack.
    private static ulong Gram(ReadOnlySpan<char> gram)
    {
        Span<byte> codes = stackalloc byte[5];
        return gram.Length is >= 3 and <= 5 && Codes(gram, codes[..gram.Length]) ? Pack(codes[..gram.Length]) : 0;
    }

    // The next word of a normalised text (words are one space apart), or an empty range at its end.
    private static (int Start, int End) NextToken(ReadOnlySpan<char> chars, int from)
    {
        var start = from;
        while (start < chars.Length && chars[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < chars.Length && chars[end] != ' ')
        {
            end++;
        }

        return (start, end);
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
