using System.Globalization;

namespace Sajag.Safety.Moderation.Learned;

/// <summary>One n-gram that pushed the learned model towards a flag, and how hard.</summary>
/// <param name="Feature">The n-gram as the model knows it: "w word", "b word word", "c &lt;abc" or "y word" (see <see cref="NGrams"/>).</param>
/// <param name="Weight">Its weight towards a flag.</param>
/// <param name="Start">Where the word it came from starts in the text as written.</param>
/// <param name="End">Where that word ends in the text as written.</param>
public sealed record LearnedCue(string Feature, double Weight, int Start, int End);

/// <summary>What the learned model makes of one text.</summary>
/// <param name="Probability">How likely the text is harmful, 0 to 1.</param>
/// <param name="Flagged">Whether <paramref name="Probability"/> reaches the model's threshold, and <paramref name="Support"/> its support.</param>
/// <param name="Reason">The kind of harm the model finds likeliest (abuse, sexual, threat or slur).</param>
/// <param name="Cues">The present n-grams with the largest weights towards a flag, largest first (at most five).</param>
/// <param name="Support">The probability with the word that pushed hardest towards a flag left out: one word alone ("ball" for
/// "baal", "everyone" as in "tell everyone") does not make a flag when the model's support threshold asks for more.</param>
public sealed record LearnedVerdict(double Probability, bool Flagged, ModerationReason Reason, IReadOnlyList<LearnedCue> Cues, double Support);

/// <summary>
/// The learned part of the moderation filter: logistic regressions over <see cref="NGrams"/> trained by ML.NET
/// (<c>sajag train-moderation</c>), one for "harmful or not" and one per kind of harm, stored as the weights of their
/// n-grams (<c>Moderation/Learned/model.tsv</c>, embedded). Scoring is a sum of the weights of the n-grams present (looked up
/// by each n-gram's hash) divided by the square root of how many n-grams the answer has, so
/// it needs no ML.NET at run time, makes no string or collection for an answer it does not flag, and the n-grams with the
/// largest weights are the cue that explains a flag.
/// </summary>
/// <remarks>Thread-safe and immutable once loaded.</remarks>
public sealed class LinearModel
{
    /// <summary>The columns of a model file after the feature: the flag model, then one per kind of harm.</summary>
    public static readonly IReadOnlyList<ModerationReason> Kinds = [ModerationReason.Abuse, ModerationReason.Sexual, ModerationReason.Threat, ModerationReason.Slur];

    private const int Heads = 5;

    // How many present n-grams a flag's cues are chosen from (an answer has at most a few hundred).
    private const int MaxMatched = 512;

    // An open-addressed table from an n-gram's hash to its row: no string is made to look one up.
    private readonly ulong[] _keys;
    private readonly int[] _rows;
    private readonly int _mask;
    private readonly string[] _features;
    private readonly float[] _weights;
    private readonly float[] _bias;

    [ThreadStatic]
    private static Marks? t_marks;

    private LinearModel(List<(string Feature, float[] Weights)> features, float[] bias, double threshold, double support)
    {
        _features = new string[features.Count];
        _weights = new float[features.Count * Heads];
        var size = 16;
        while (size < features.Count * 2)
        {
            size *= 2;
        }

        _keys = new ulong[size];
        _rows = new int[size];
        _mask = size - 1;
        for (var row = 0; row < features.Count; row++)
        {
            var (feature, weights) = features[row];
            _features[row] = feature;
            weights.CopyTo(_weights, row * Heads);
            var key = Key(NGrams.Hash(feature));
            var slot = (int)key & _mask;
            while (_keys[slot] != 0)
            {
                if (_keys[slot] == key)
                {
                    throw new FormatException($"The model names the n-gram '{feature}' twice, or two n-grams with the same hash.");
                }

                slot = (slot + 1) & _mask;
            }

            _keys[slot] = key;
            _rows[slot] = row;
        }

        _bias = bias;
        Threshold = threshold;
        SupportThreshold = support;
    }

    /// <summary>The model shipped with Sajag, or null when none is embedded.</summary>
    public static LinearModel? Default { get; } = LoadEmbedded();

    /// <summary>The probability from which a text is flagged.</summary>
    public double Threshold { get; }

    /// <summary>The probability without the strongest word (<see cref="LearnedVerdict.Support"/>) from which a text is flagged; 0 when the model asks for no more than <see cref="Threshold"/>.</summary>
    public double SupportThreshold { get; }

    /// <summary>How many n-grams carry a weight.</summary>
    public int FeatureCount => _features.Length;

    /// <summary>Scores a text.</summary>
    public LearnedVerdict Score(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var skeleton = Skeleton.Build(text);
        return Run(skeleton, always: true)!;
    }

    /// <summary>The model's verdict on an answer the rules have read, or null when it does not flag it (nothing is allocated then).</summary>
    internal LearnedVerdict? Flag(Skeleton skeleton) => Run(skeleton, always: false);

    private LearnedVerdict? Run(Skeleton skeleton, bool always)
    {
        var marks = t_marks ??= new Marks();
        var stamp = marks.Next(this, _features.Length);
        Span<float> sums = stackalloc float[Heads];
        sums.Clear();
        Span<int> matched = stackalloc int[MaxMatched * 3];
        var scorer = new Scorer(this, sums, marks.Seen, stamp, matched);
        NGrams.Visit(skeleton.Text, ref scorer);

        // Each present n-gram counts 1 / sqrt(how many n-grams the answer has), as in training.
        var scale = scorer.Total == 0 ? 0 : 1 / MathF.Sqrt(scorer.Total);
        for (var k = 0; k < Heads; k++)
        {
            sums[k] = _bias[k] + (sums[k] * scale);
        }

        var probability = 1 / (1 + Math.Exp(-sums[0]));
        var support = 1 / (1 + Math.Exp(-(sums[0] - (scorer.Strongest * scale))));
        var flagged = probability >= Threshold && support >= SupportThreshold;
        if (!flagged && !always)
        {
            return null;
        }

        var best = 1;
        for (var k = 2; k < Heads; k++)
        {
            if (sums[k] > sums[best])
            {
                best = k;
            }
        }

        var cues = new List<LearnedCue>();
        for (var m = 0; m < scorer.Count; m++)
        {
            var row = matched[3 * m];
            var weight = _weights[row * Heads];
            if (weight > 0)
            {
                var (start, end) = skeleton.SpanOf(matched[(3 * m) + 1], matched[(3 * m) + 2]);
                cues.Add(new LearnedCue(_features[row], weight, start, end));
            }
        }

        // Largest weight first; between equal weights, the earlier n-gram.
        var ordered = cues.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Weight).ThenBy(x => x.i).Take(5).Select(x => x.c).ToList();
        return new LearnedVerdict(probability, flagged, Kinds[best - 1], ordered, support);
    }

    private int Find(ulong hash)
    {
        var key = Key(hash);
        var slot = (int)key & _mask;
        while (true)
        {
            var found = _keys[slot];
            if (found == key)
            {
                return _rows[slot];
            }

            if (found == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    // 0 marks an empty slot.
    private static ulong Key(ulong hash) => hash == 0 ? 1 : hash;

    /// <summary>Sums the weights of each n-gram present (each once, however often it occurs) and notes where it came from.</summary>
    private ref struct Scorer(LinearModel model, Span<float> sums, int[] seen, int stamp, Span<int> matched) : NGrams.ISink
    {
        private readonly Span<float> _sums = sums;
        private readonly Span<int> _matched = matched;

        public int Count { get; private set; }

        private int _word = -1;
        private float _wordSum;
        private float _strongest;

        public int Total { get; private set; }

        /// <summary>The largest sum of flag weights that one word's n-grams brought (a pair counts for its first word), or 0.</summary>
        public readonly float Strongest => Math.Max(_strongest, _wordSum);

        public void Add(char kind, scoped ReadOnlySpan<char> first, scoped ReadOnlySpan<char> second, int wordStart, int wordLength)
        {
            Total++;

            // NGrams.Visit gives each word's n-grams together, word after word.
            if (wordStart != _word)
            {
                _strongest = Math.Max(_strongest, _wordSum);
                _wordSum = 0;
                _word = wordStart;
            }

            var row = model.Find(NGrams.Hash(kind, first, second));
            if (row < 0 || seen[row] == stamp)
            {
                return;
            }

            seen[row] = stamp;
            var weights = model._weights.AsSpan(row * Heads, Heads);
            _wordSum += weights[0];
            for (var k = 0; k < Heads; k++)
            {
                _sums[k] += weights[k];
            }

            if (Count < MaxMatched)
            {
                _matched[3 * Count] = row;
                _matched[(3 * Count) + 1] = wordStart;
                _matched[(3 * Count) + 2] = wordLength;
                Count++;
            }
        }
    }

    /// <summary>Which rows this thread has counted for the answer being scored: a stamp per answer, so nothing is cleared.</summary>
    private sealed class Marks
    {
        private LinearModel? _owner;
        private int _stamp;

        public int[] Seen { get; private set; } = [];

        public int Next(LinearModel owner, int rows)
        {
            if (!ReferenceEquals(_owner, owner) || Seen.Length != rows || _stamp == int.MaxValue)
            {
                _owner = owner;
                Seen = new int[rows];
                _stamp = 0;
            }

            return ++_stamp;
        }
    }

    /// <summary>Reads a model file: "threshold T", optionally "support S" (<see cref="SupportThreshold"/>), then "(bias)" and one line per n-gram, each with the flag weight and one weight per kind.</summary>
    public static LinearModel Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var weights = new List<(string, float[])>();
        float[]? bias = null;
        double? threshold = null;
        var support = 0.0;
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

            if (cells[0] == "support" && cells.Length == 2)
            {
                support = double.Parse(cells[1], CultureInfo.InvariantCulture);
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
                weights.Add((cells[0], values));
            }
        }

        return new LinearModel(weights,
            bias ?? throw new FormatException("The model has no (bias) line."),
            threshold ?? throw new FormatException("The model has no threshold line."),
            support);
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
