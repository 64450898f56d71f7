using System.Buffers;
using System.Globalization;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Posts;

/// <summary>
/// What every match of an expression holds, checked before the expression is run: a text without it cannot match, so the
/// expression is skipped and the findings are the same. Most answers and drafts hold no contact detail and no address.
/// </summary>
/// <remarks>
/// Words are compared as the expressions made by <see cref="Patterns.Make"/> compare them (case-insensitive, culture
/// invariant, য় ড় ঢ় typed either way). The one character outside ASCII that such an expression takes for an ASCII letter
/// is the Kelvin sign (K for k); a text holding it is always searched.
/// </remarks>
internal sealed class Needs
{
    private const char Kelvin = '\u212A';

    // Every decimal digit of the first plane, of any script: what \d matches.
    private static readonly SearchValues<char> DecimalDigits =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit).ToArray());

    private readonly AnyWord? _words;
    private readonly string[] _parts;
    private readonly bool _always;
    private readonly bool _digit;
    private readonly bool _orDigit;
    private readonly Needs? _also;

    /// <summary>A need for one of <paramref name="words"/> (plain text, no expression syntax) somewhere in the text.</summary>
    public Needs(IEnumerable<string> words)
    {
        var parts = words.Select(Part).Distinct(StringComparer.Ordinal).ToArray();
        _always = parts.Any(p => p.Length == 0);
        _parts = parts.Where(p => p.Length > 0).ToArray();
        _words = _parts.Length > 0 ? new AnyWord(_parts) : null;
    }

    // What each of several needs checks first (a digit, or one of its words), any of them.
    private Needs(IReadOnlyCollection<Needs> any)
        : this(any.Where(n => !n._digit).SelectMany(n => n._parts))
    {
        _always = any.Any(n => n._always);
        _orDigit = any.Any(n => n._digit);
    }

    /// <summary>
    /// What a text that any of <paramref name="needs"/> may match holds: a digit (for a need that starts with one) or a word
    /// one of them starts with. A text without it needs none of them, so a group of expressions costs one search.
    /// </summary>
    public static Needs Any(IReadOnlyCollection<Needs> needs) => new(needs);

    /// <summary>Whether the words this need starts with are all at least <paramref name="length"/> characters: a short one is in most texts.</summary>
    public bool StartsWithWordsOfAtLeast(int length) => _parts.All(p => p.Length >= length);

    private Needs(bool digit)
        : this(Array.Empty<string>()) => _digit = digit;

    private Needs(Needs first, Needs also)
    {
        _words = first._words;
        _parts = first._parts;
        _orDigit = first._orDigit;
        _always = first._always;
        _digit = first._digit;
        _also = first._also is null ? also : first._also.And(also);
    }

    /// <summary>A need for what this needs and what <paramref name="also"/> needs, both (checked in that order).</summary>
    public Needs And(Needs also) => new(this, also);

    /// <summary>A need for a decimal digit of any script (what <c>\d</c> matches: ASCII, Bengali, Arabic-Indic ...) somewhere in the text.</summary>
    public static Needs AnyDigit { get; } = new(digit: true);

    /// <summary>
    /// Off on this thread: every expression runs as if it had no need. The equivalence test compares the findings both ways.
    /// </summary>
    [field: ThreadStatic]
    public static bool Off { get; set; }

    /// <summary>Whether the expression must be run on <paramref name="text"/>: it holds one of the words, or the check is off.</summary>
    public bool MayMatch(string text)
    {
        bool? digit = null;
        return MayMatch(text, ref digit);
    }

    /// <summary>Whether the expression must be run on <paramref name="text"/>, with whether it holds a digit asked once for several needs (null: not yet asked).</summary>
    public bool MayMatch(string text, ref bool? digit) => Off || Holds(text, ref digit);

    /// <summary>
    /// Whether <paramref name="text"/> holds what this needs, whether or not the checks are <see cref="Off"/>: for a rule that
    /// reads only texts with one of the words, which would find more if it read every text.
    /// </summary>
    public bool Holds(string text)
    {
        bool? digit = null;
        return Holds(text, ref digit);
    }

    private bool Holds(string text, ref bool? digit) =>
        (_always || (_digit ? digit ??= text.AsSpan().IndexOfAny(DecimalDigits) >= 0 : _words?.In(text) == true || text.Contains(Kelvin, StringComparison.Ordinal))
            || (_orDigit && (digit ??= text.AsSpan().IndexOfAny(DecimalDigits) >= 0)))
        && (_also is null || _also.Holds(text, ref digit));

    /// <summary>Whether <paramref name="text"/> holds an ASCII digit from <paramref name="low"/> to 9 (or the check is off).</summary>
    public static bool Digit(string text, char low = '0') => Off || text.AsSpan().IndexOfAnyInRange(low, '9') >= 0;

    /// <summary>
    /// A need for one of the alternatives of <paramref name="expression"/>, an expression made only of words ("a|b|c"); if it
    /// holds anything else, no need (the expression always runs).
    /// </summary>
    public static Needs OneOf(string expression)
    {
        var words = expression.Split('|');
        var plain = words.All(w => w.Length > 0 && w.All(c => char.IsLetter(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark));
        return new Needs(plain ? words : [""]);
    }

    // A word with য় ড় ঢ়, which the expressions accept as one code point or as a letter and a nukta, is needed by its longest
    // part without them (ইয়াহু by াহু): every spelling holds that part.
    private static string Part(string word)
    {
        var parts = word.Split(['\u09AF', '\u09A1', '\u09A2', '\u09BC', '\u09DF', '\u09DC', '\u09DD']);
        return parts.MaxBy(p => p.Length)!;
    }
}
