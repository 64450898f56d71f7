using System.Collections.Frozen;

namespace Sajag.Safety.Moderation.Learned;

/// <summary>
/// The features the learned moderation model reads, over the rules' own <see cref="Skeleton"/> (so leetspeak, look-alike
/// letters, spelt-out words and Bengali spelling variants fold as they do for the rules, and no second normalisation is
/// run), with letters typed many times once ("stuuupid" → "stupid"): each word ("w stupid"), each pair of words in a row
/// ("b shut up"), the character 3- to 5-grams of each word with its edges marked ("c &lt;stu", "c pid&gt;"), and, when the
/// answer addresses someone (a second-person word: you, tui, তোর, apnar, …), each other word again as said to them
/// ("y nude"), so a programme word used as a topic ("nude photos are a crime") and the same word aimed at a person weigh
/// apart; the second-person words themselves have no word or character feature, so addressing someone is no harm alone. The trainer (<c>sajag train-moderation</c>) reads them as strings (<see cref="Of(string)"/>);
/// <see cref="LinearModel"/> reads the same features as hashes of the same characters, without making a string.
/// </summary>
public static class NGrams
{
    private const int MinChars = 3;
    private const int MaxChars = 5;
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    // Words that address the reader, in the skeleton's spelling (Skeleton.Fold); the pronoun itself is not a "y" feature.
    private static readonly FrozenSet<string> Addressing = new[]
    {
        "you", "u", "ur", "your", "youre", "yours", "yourself", "ya", "yu", "yo", "urself",
        "tui", "tumi", "apni", "tor", "tomar", "apnar", "tore", "toke", "tomake", "apnake", "tr", "tmr", "tmi", "apnr",
        "tumar", "tomra", "tora", "tomader", "toder", "tok", "tomay", "tomare", "apnare", "tuy", "tomr", "toma", "tder",
        "তুই", "তুমি", "আপনি", "তোর", "তোমার", "আপনার", "তোকে", "তোমাকে", "আপনাকে", "তোরে", "তোমরা", "তোরা", "তোদের",
        "তোমাদের", "তর", "তরে", "তুমার", "তোগো", "তোমারে", "আপনারে", "তোমায়", "তুমারে", "তোক",
    }.Select(Skeleton.Fold).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressingBySpan = Addressing.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Receives each feature of a text: its kind ('w', 'b', 'c', 'y') and its characters (the first part, and the second after a space for a pair), and the word it came from in the skeleton text.</summary>
    internal interface ISink
    {
        void Add(char kind, scoped ReadOnlySpan<char> first, scoped ReadOnlySpan<char> second, int wordStart, int wordLength);
    }

    /// <summary>Each distinct feature of <paramref name="text"/> as the model file names it, with the first word it came from (its start and end in <paramref name="text"/>).</summary>
    public static Dictionary<string, (int Start, int End)> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var skeleton = Skeleton.Build(text);
        var sink = new Strings(skeleton);
        Visit(skeleton.Text, ref sink);
        return sink.Features;
    }

    /// <summary>How many features <paramref name="text"/> has, repeats included: the model divides the sum of their weights by this number's square root, so a long answer does not weigh more for its length.</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = new Counter();
        Visit(Skeleton.Build(text).Text, ref sink);
        return sink.Count;
    }

    /// <summary>The hash <see cref="LinearModel"/> keys a feature by: FNV-1a over its characters.</summary>
    public static ulong Hash(string feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return Feed(Offset, feature);
    }

    /// <summary>The hash of kind + ' ' + first (+ ' ' + second): the same as <see cref="Hash(string)"/> of that string.</summary>
    internal static ulong Hash(char kind, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
    {
        var h = (Offset ^ kind) * Prime;
        h = (h ^ ' ') * Prime;
        h = Feed(h, first);
        if (!second.IsEmpty)
        {
            h = (h ^ ' ') * Prime;
            h = Feed(h, second);
        }

        return h;
    }

    /// <summary>Calls <paramref name="sink"/> with each feature of a skeleton text (repeats included), making no string.</summary>
    internal static void Visit<TSink>(string skeleton, ref TSink sink)
        where TSink : ISink, allows ref struct
    {
        // The words, letters typed many times once, one space apart with a space at each end: " w1 w2 ... ". A word's
        // edges are marked in place ('<' and '>' over its spaces) while its character n-grams are read.
        var length = skeleton.Length + 2;
        Span<char> buffer = length <= 1024 ? stackalloc char[length] : new char[length];
        Span<int> starts = length <= 1024 ? stackalloc int[length / 2 + 1] : new int[length / 2 + 1];
        Span<int> from = length <= 1024 ? stackalloc int[length / 2 + 1] : new int[length / 2 + 1];
        Span<int> to = length <= 1024 ? stackalloc int[length / 2 + 1] : new int[length / 2 + 1];
        var n = 0;
        var words = 0;
        var addressed = false;
        buffer[n++] = ' ';
        var i = 0;
        while (i < skeleton.Length)
        {
            if (IsSeparator(skeleton[i]))
            {
                i++;
                continue;
            }

            starts[words] = n;
            from[words] = i;
            var previous = '\0';
            while (i < skeleton.Length && !IsSeparator(skeleton[i]))
            {
                var c = skeleton[i++];
                if (c != previous)
                {
                    buffer[n++] = c;
                    previous = c;
                }
            }

            to[words] = i;
            addressed |= AddressingBySpan.Contains(buffer[starts[words]..n]);
            buffer[n++] = ' ';
            words++;
        }

        for (var w = 0; w < words; w++)
        {
            var start = starts[w];
            var end = (w + 1 < words ? starts[w + 1] : n) - 1;
            var word = buffer[start..end];
            var at = from[w];
            var span = to[w] - at;
            if (w + 1 < words)
            {
                var next = buffer[starts[w + 1]..((w + 2 < words ? starts[w + 2] : n) - 1)];
                sink.Add('b', word, next, at, span);
            }

            if (AddressingBySpan.Contains(word))
            {
                // "you" alone is no harm: what is said to them is ("y" features), so the pronoun has no weight of its own.
                continue;
            }

            sink.Add('w', word, default, at, span);
            if (addressed)
            {
                sink.Add('y', word, default, at, span);
            }

            buffer[start - 1] = '<';
            buffer[end] = '>';
            var marked = buffer[(start - 1)..(end + 1)];
            for (var size = MinChars; size <= MaxChars; size++)
            {
                for (var s = 0; s + size <= marked.Length; s++)
                {
                    sink.Add('c', marked.Slice(s, size), default, at, span);
                }
            }

            buffer[start - 1] = ' ';
            buffer[end] = ' ';
        }
    }

    // Spaces between words, and the fence before the spelt-out words.
    private static bool IsSeparator(char c) => c is ' ' or '\u0001';

    private static ulong Feed(ulong h, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }

    private struct Counter : ISink
    {
        public int Count { get; private set; }

        public void Add(char kind, scoped ReadOnlySpan<char> first, scoped ReadOnlySpan<char> second, int wordStart, int wordLength) => Count++;
    }

    private readonly struct Strings(Skeleton skeleton) : ISink
    {
        public Dictionary<string, (int Start, int End)> Features { get; } = new(StringComparer.Ordinal);

        public void Add(char kind, scoped ReadOnlySpan<char> first, scoped ReadOnlySpan<char> second, int wordStart, int wordLength)
        {
            var feature = second.IsEmpty ? $"{kind} {first}" : $"{kind} {first} {second}";
            Features.TryAdd(feature, skeleton.SpanOf(wordStart, wordLength));
        }
    }
}
