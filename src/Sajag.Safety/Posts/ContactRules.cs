using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Sajag.Safety.Normalise;
using static Sajag.Safety.Posts.Patterns;

namespace Sajag.Safety.Posts;

/// <summary>
/// The one contact-detail detector, for the post check and the moderation filter alike: phone numbers (Bangladeshi and
/// international, with spaces, dashes, Bengali digits, or disguised with look-alike letters), email addresses (written or
/// spelt out: "rahim at gmail dot com"), @handles, links and profile addresses.
/// </summary>
internal static class ContactRules
{
    // A run of digits with single spaces, dashes, dots or brackets between them; what it is, is decided below.
    private static readonly Regex DigitRun = Make(@"(?<![\p{L}\p{M}\p{Nd}+])(?:\+|00)?\(?\d(?:[ .\-]?\(?\)?[ .\-]?\d){6,16}(?![\p{L}\p{M}\p{Nd}])");

    private static readonly Regex PhoneCue = Make($@"{L}(?:phone|mobile|mob|cell|number|num|no|nmbr|nombor|nambar|call|whatsapp|wa|imo|viber|telegram|bkash|nagad|rocket|contact|ফোন|মোবাইল|নম্বর|নাম্বার|কল|বিকাশ|নগদ|রকেট|হোয়াটসঅ্যাপ|ইমো|যোগাযোগ)[\p{{L}}\p{{M}}]*\s*[:\-#.]?\s*$");

    // Bounded as an address is (64 before the @, labels of 63): the local part has no start boundary, so an unbounded run
    // would be read again from every character of a long "a.a.a.a...".
    private static readonly Regex Email = Make(@"[a-z0-9._%+\-]{1,64}(?:@|\s?[(\[]at[)\]]\s?)[a-z0-9\-]{1,63}(?:\.[a-z0-9\-]{1,63}){0,8}\.[a-z]{2,24}(?![a-z0-9])");

    private static readonly Regex BangladeshMobile = Make(@"^(?:88)?01[3-9]\d{8}$");

    // A mobile number however it is disguised: letters that look like digits (O for 0, l or I for 1), a letter stuck
    // before it ("r01712345678"), the leading 0 left out ("1712 345 678"). Kept only when its digits have the shape of a
    // Bangladeshi mobile number, so dates, years and prices stay.
    private static readonly Regex DisguisedRun = Make(@"\+?[0-9oil](?:[ \-.]{0,3}[0-9oil]){8,15}");
    private static readonly Regex MobileShape = new(@"^(?:88)?0?1[3-9][0-9]{8}$", RegexOptions.CultureInvariant);

    // A number said in words, one digit a word, in English, Bangla or Banglish ("zero one seven one one, two three four...",
    // "শূন্য এক সাত ...", "shunno ek sat ..."); ASCII digits may be mixed in. Kept only with a mobile number's shape.
    // The English digit words are also written in Bengali letters (জিরো ওয়ান নাইন), and a word may run into digits ("zero1").
    private const string DigitWord = "zero|one|two|three|four|five|six|seven|eight|nine|oh|o|"
        + "শূন্য|শুন্য|এক|দুই|তিন|চার|পাঁচ|ছয়|সাত|আট|নয়|"
        + "জিরো|ওয়ান|টু|থ্রি|ফোর|ফাইভ|সিক্স|সেভেন|এইট|নাইন|"
        + "shunno|sunno|shunyo|ek|dui|tin|char|pach|panch|choy|soy|chhoy|sat|shat|saat|aat|at|noy|\\d{1,5}";

    // Five to fifteen words or runs of digits, one to four spaces, commas, dots or dashes apart ("সিক্স... ২"); what they spell
    // is kept only with a mobile number's shape (eleven digits or more in all).
    private static readonly Regex SpokenDigits = Make($@"{L}(?:{DigitWord})\d{{0,4}}(?:[\s,.\-]{{1,4}}(?:{DigitWord})\d{{0,4}}){{4,14}}{R}");

    private static readonly Dictionary<string, char> DigitOf = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = '0', ["oh"] = '0', ["o"] = '0', ["one"] = '1', ["two"] = '2', ["three"] = '3', ["four"] = '4', ["five"] = '5',
        ["six"] = '6', ["seven"] = '7', ["eight"] = '8', ["nine"] = '9',
        ["শূন্য"] = '0', ["শুন্য"] = '0', ["এক"] = '1', ["দুই"] = '2', ["তিন"] = '3', ["চার"] = '4', ["পাঁচ"] = '5', ["ছয়"] = '6',
        ["সাত"] = '7', ["আট"] = '8', ["নয়"] = '9',
        ["shunno"] = '0', ["sunno"] = '0', ["shunyo"] = '0', ["ek"] = '1', ["dui"] = '2', ["tin"] = '3', ["char"] = '4', ["pach"] = '5',
        ["panch"] = '5', ["choy"] = '6', ["soy"] = '6', ["chhoy"] = '6', ["sat"] = '7', ["shat"] = '7', ["saat"] = '7', ["at"] = '8',
        ["aat"] = '8', ["noy"] = '9',
        ["জিরো"] = '0', ["ওয়ান"] = '1', ["টু"] = '2', ["থ্রি"] = '3', ["ফোর"] = '4', ["ফাইভ"] = '5', ["সিক্স"] = '6', ["সেভেন"] = '7',
        ["এইট"] = '8', ["নাইন"] = '9',
    };

    // The digit words as the draft's words are folded (য় as one code point or two).
    private static readonly Dictionary<string, char> DigitOfFolded = DigitOf
        .SelectMany(p => ((string[])[p.Key, p.Key.Replace("\u09DF", "\u09AF\u09BC", StringComparison.Ordinal), Words.Fold(p.Key)]).Select(k => (k, p.Value)))
        .DistinctBy(p => p.k, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(p => p.k, p => p.Value, StringComparer.OrdinalIgnoreCase);

    // Not after a letter, digit, dot or @: the @ of an email is not a handle.
    private static readonly Regex Handle = Make(@"(?<![\p{L}\p{M}\p{Nd}_.@])@[a-z0-9_](?:[a-z0-9_.]{0,28}[a-z0-9_])?(?![a-z0-9_])");

    // A scheme or www. takes the rest of the word; a bare domain needs a well-known ending, and the short endings that are
    // also words or typos ("end.me", "go.to") count only with a path (wa.me/880..., t.me/name).
    private static readonly Regex Link = Make(
        @"(?:https?://|www\.)[^\s<>""]+"
        + @"|(?<![\p{L}\p{M}\p{Nd}@._\-])(?:[a-z0-9\-]+\.)+(?:com|net|org|bd|ly|io|info|xyz|gg|edu|gov|biz)(?![\p{L}\p{M}\p{Nd}\-])(?:/[^\s]*)?"
        + @"|(?<![\p{L}\p{M}\p{Nd}@._\-])(?:[a-z0-9\-]+\.)+(?:me|to|co|tv|app|in|us|uk|link|page|site|gl|be|ee|tk|ly)/[^\s]+");

    // A handle named without its @: "snap id rifat.snaps", "ইনস্টা আইডি tanjim_shots_24" (a dot, an underscore or a digit in it).
    private const string HandleWords = "id|আইডি|insta|instagram|ig|snap|snapchat|tiktok|username|ইনস্টা|স্ন্যাপ|টিকটক";
    private static readonly Needs NamedHandleNeeds = Needs.OneOf(HandleWords);
    private static readonly Regex NamedHandle = Make($@"(?<![\p{{L}}\p{{M}}])(?:{HandleWords})\s*(?:id|আইডি)?\s*[:\-]?\s*(?<h>[a-z0-9_.]{{0,30}}[0-9_.][a-z0-9_.]{{0,30}}[a-z0-9])(?![a-z0-9_@])");

    // A handle named after its platform, without an @: "insta: sadiareads", "my snap is nabil_x", "discord: shadow_x#4821",
    // "amar ig id holo rafi_2010". Only run on a text that names a platform (PlatformWords), so most texts cost one search.
    private const string Platforms = @"insta(?:gram)?|ig|snap(?:chat)?|tik\s*tok|fb|facebook|twitter|threads|discord|telegram|tg|youtube|yt|pinterest|reddit|twitch|github|steam|"
        + "ইনস্টা(?:গ্রাম)?|স্ন্যাপ(?:চ্যাট)?|টিকটক|ফেসবুক|ডিসকর্ড|টেলিগ্রাম";

    private static readonly AnyWord PlatformWords = new(
        ["insta", "snap", "tiktok", "tik tok", "facebook", "twitter", "threads", "discord", "telegram", "youtube", "pinterest", "reddit", "twitch", "github", "steam", "ইনস্টা", "স্ন্যাপ", "টিকটক", "ফেসবুক", "ডিসকর্ড", "টেলিগ্রাম"]);

    private static readonly Regex PlatformHandle = Make(
        $@"(?<![\p{{L}}\p{{M}}])(?:{Platforms})[\p{{L}}\p{{M}}]{{0,3}}(?<c>(?:\s*(?:id|আইডি|handle|হ্যান্ডেল|username|user\s*name|user|account|acc|is|holo|hocche|হলো|[:=\-–]))*)\s*(?<h>[a-z][a-z0-9_.]{{2,29}}(?:#\d{{4}})?)(?![\p{{L}}\p{{M}}\p{{Nd}}_@.#/])");

    // A user name with an inner underscore or dot ("tasnim.arts", "nabil_x") in a text that names a platform.
    private static readonly Regex DottedName = Make(@"(?<![\p{L}\p{M}\p{Nd}@./_])[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+_?(?![\p{L}\p{M}\p{Nd}@/_]|\.[a-z0-9])");

    /// <summary>Words after a platform that are not a user name: "my insta is private", "fb: dm me".</summary>
    private static readonly HashSet<string> NotUserNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "private", "public", "dead", "deactivated", "hacked", "banned", "gone", "off", "down", "link", "page", "account", "profile",
        "follow", "add", "message", "inbox", "dm", "me", "here", "there", "and", "the", "not", "also", "too", "story", "post", "live",
        "check", "search", "find", "same", "below", "above", "bio", "name", "handle", "user", "username", "open", "closed", "new", "old",
    };

    private const string Providers = "gmail|yahoo|hotmail|outlook|ymail|icloud|proton|protonmail|জিমেইল|ইয়াহু|হটমেইল|আউটলুক";
    private const string Dot = @"(?:\.|dot|\(dot\)|\[dot\]|ডট)";
    private static readonly Needs ProviderNeeds = Needs.OneOf(Providers);
    private static readonly Needs LinkNeeds = new(["http", "www."]);

    // "rahim at gmail dot com" needs the "at"; without it ("rahim জিমেইল ডট কম") only a Latin name before a Bengali
    // provider, or a name with a digit, is an address: "I use gmail dot com" is not. A name in Bengali script needs
    // the Bengali "at" (রহিম অ্যাট জিমেইল ডট কম).
    private static readonly Regex SpokenEmail = Make(
        $@"(?<![\p{{L}}\p{{M}}\p{{Nd}}._])[a-z0-9._]{{2,}}\s*(?:\(at\)|\[at\]|(?<=\s)at(?=\s)|@|অ্যাট|এট)\s*(?:{Providers})\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])"
        + $@"|(?<![\p{{L}}\p{{M}}\p{{Nd}}._])(?:[a-z._]*\d[a-z0-9._]*\s+(?:{Providers})|[a-z0-9._]{{2,}}\s+(?:জিমেইল|ইয়াহু|হটমেইল|আউটলুক))\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])"
        + $@"|(?<![\p{{L}}\p{{M}}\p{{Nd}}._])[\p{{L}}\p{{M}}\p{{Nd}}._]{{2,}}\s*(?:অ্যাট|এট)\s*(?:{Providers})\s*{Dot}\s*(?:com|net|কম)(?![\p{{L}}\p{{M}}\p{{Nd}}])");

    /// <summary>Adds the contact details in <paramref name="text"/> (Bengali digits already ASCII), except <paramref name="safe"/> ones.</summary>
    /// <param name="text">The text.</param>
    /// <param name="found">Where to add them.</param>
    /// <param name="anyLandLine">Also count a bare number shaped like a Bangladeshi land line (0, then 8-10 digits: 02-9123456)
    /// without a word such as "call" before it. Moderation masks those; the post check, which explains each finding, asks for the cue.</param>
    /// <param name="safe">Help a young person may rightly pass on (the content pack's helplines), never reported.</param>
    public static void Find(string text, List<Candidate> found, bool anyLandLine = false, SafeContacts? safe = null)
    {
        // An expression is not run on a text that lacks what every match of it holds (an @, a dot, seven digits, "com"):
        // the same findings, without searching most texts, which have none.
        var start = found.Count;
        var at = text.Contains('@');
        var dot = text.Contains('.');
        if (dot && (at || text.AsSpan().IndexOfAny('(', '[') >= 0))
        {
            foreach (Match match in Email.Matches(text))
            {
                found.Add(new Candidate(DetailKind.Email, match.Index, match.Index + match.Length));
            }
        }

        if (HasDigits(text, 7))
        {
            foreach (Match match in DigitRun.Matches(text))
            {
                if (IsPhone(text, match, anyLandLine))
                {
                    found.Add(new Candidate(DetailKind.Phone, match.Index, match.Index + match.Length));
                }
            }
        }

        Disguised(text, found);
        Spoken(text, found);
        if ((text.Contains("com", StringComparison.OrdinalIgnoreCase) || text.Contains("net", StringComparison.OrdinalIgnoreCase) || text.Contains("কম", StringComparison.Ordinal))
            && ProviderNeeds.MayMatch(text))
        {
            Add(text, found, SpokenEmail, DetailKind.Email);
        }

        if ((dot || text.Contains(':')) && (LinkNeeds.MayMatch(text) || DotBeforeLetter(text)))
        {
            Add(text, found, Link, DetailKind.Link);
        }

        if (at)
        {
            Add(text, found, Handle, DetailKind.Handle);
        }

        var named = NamedHandleNeeds.MayMatch(text) ? NamedHandle.Matches(text) : null;
        foreach (Match match in named ?? (IEnumerable<Match>)[])
        {
            var handle = match.Groups["h"];
            if (handle.Length >= 4 && handle.Value.Any(char.IsAsciiLetter))
            {
                found.Add(new Candidate(DetailKind.Handle, handle.Index, handle.Index + handle.Length));
            }
        }

        if (PlatformWords.In(text) || HasShortPlatform(text))
        {
            PlatformHandles(text, found);
        }

        if (safe is not null)
        {
            found.RemoveAll(c => found.IndexOf(c) >= start && safe.Contains(text[c.Start..c.End], c.Kind));
        }
    }

    // "ig", "fb", "yt", "tg" as words (not inside "big", "night").
    private static bool HasShortPlatform(string text)
    {
        foreach (var word in (string[])["ig", "fb", "yt", "tg"])
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + 2 >= text.Length || !char.IsLetterOrDigit(text[at + 2])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly System.Buffers.SearchValues<char> HandleMarks = System.Buffers.SearchValues.Create("0123456789_.#");

    private static void PlatformHandles(string text, List<Candidate> found)
    {
        foreach (Match match in PlatformHandle.Matches(text))
        {
            var handle = match.Groups["h"];
            var connector = match.Groups["c"].Value;
            var marked = handle.Value.AsSpan().IndexOfAny(HandleMarks) >= 0;
            var named = connector.Length > 0 && (connector.Contains(':') || connector.Contains('=') || connector.Contains("id", StringComparison.OrdinalIgnoreCase)
                || connector.Contains("user", StringComparison.OrdinalIgnoreCase) || connector.Contains("handle", StringComparison.OrdinalIgnoreCase));
            if (handle.Length >= 4 && (marked || (named && !NotUserNames.Contains(handle.Value) && !Words.Stop.Contains(handle.Value.ToLowerInvariant()))))
            {
                found.Add(new Candidate(DetailKind.Handle, handle.Index, handle.Index + handle.Length));
            }
        }

        foreach (Match match in DottedName.Matches(text))
        {
            if (match.Length >= 5)
            {
                found.Add(new Candidate(DetailKind.Handle, match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>Whether <paramref name="text"/> holds at least <paramref name="least"/> decimal digits of any script (what \d matches).</summary>
    private static bool HasDigits(string text, int least)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c) && --least == 0)
            {
                return true;
            }
        }

        return false;
    }

    // A bare domain ends in a dot and a letter (".com", "wa.me/"): a dot before the end of a sentence is not one. A character
    // outside ASCII after a dot may be the Kelvin sign, which the expression takes for k.
    private static bool DotBeforeLetter(string text)
    {
        if (Needs.Off)
        {
            return true;
        }

        for (var i = text.IndexOf('.', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('.', i + 1))
        {
            if (char.IsAsciiLetter(text[i + 1]) || text[i + 1] > '\u007F')
            {
                return true;
            }
        }

        return false;
    }

    private static void Disguised(string text, List<Candidate> found)
    {
        // A mobile number's shape needs a digit from 3 to 9 (the 3-9 after 01), which no look-alike letter stands for.
        if (!Needs.Digit(text, '3'))
        {
            return;
        }

        // "o1915-2b7-440 (b=8)": a letter the writer says stands for a digit is read as that digit (one character for one,
        // so every offset stays the draft's).
        var decoded = text.Contains('=') ? WithKeys(text) : text;
        foreach (Match match in DisguisedRun.Matches(decoded))
        {
            // A look-alike letter that ends a word ("to 1712...") is the word's, not the number's.
            var start = match.Index;
            var end = match.Index + match.Length;
            while (start < end && start > 0 && char.IsLetter(text[start]) && char.IsLetter(text[start - 1]))
            {
                start++;
                while (start < end && text[start] is ' ' or '-' or '.')
                {
                    start++;
                }
            }

            while (end > start && !char.IsAsciiDigit(text[end - 1]))
            {
                end--;
            }

            var digits = new string(decoded[start..end].Select(c => char.ToLowerInvariant(c) switch { 'o' => '0', 'i' or 'l' => '1', _ => c }).Where(char.IsAsciiDigit).ToArray());
            if (end > start && MobileShape.IsMatch(digits))
            {
                found.Add(new Candidate(DetailKind.Phone, start, end));
            }
        }
    }

    private static readonly Regex Key = Make(@"(?<![\p{L}\p{M}\p{Nd}])(?<l>[a-z])\s*=\s*(?<d>\d)(?!\d)");

    // The draft with each letter a key gives ("b=8") read as its digit where it stands alone between digits or separators.
    private static string WithKeys(string text)
    {
        var keys = Key.Matches(text);
        if (keys.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (Match key in keys)
        {
            var letter = char.ToLowerInvariant(key.Groups["l"].Value[0]);
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.ToLowerInvariant(text[i]) == letter && (i == 0 || !char.IsLetter(text[i - 1])) && (i + 1 == text.Length || !char.IsLetter(text[i + 1]))
                    && ((i > 0 && char.IsAsciiDigit(text[i - 1])) || (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
                {
                    chars[i] = key.Groups["d"].Value[0];
                }
            }
        }

        return new string(chars);
    }

    // The digit words as plain words (both spellings of য়), with \d{1,5} apart; null if DigitWord holds other syntax.
    private static readonly FrozenSet<string>? DigitWords = PlainDigitWords();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? DigitWordsBySpan =
        DigitWords is null ? null : new HashSet<string>(DigitWords, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // No word longer than the longest digit word is one (ignoring case never changes a length).
    private static readonly int LongestDigitWord = DigitWords?.Max(w => w.Length) ?? int.MaxValue;

    private static FrozenSet<string>? PlainDigitWords()
    {
        var words = DigitWord.Split('|').Where(w => w != @"\d{1,5}").ToList();
        if (words.Count != DigitWord.Split('|').Length - 1
            || words.Any(w => w.Length == 0 || !w.All(c => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)))
        {
            return null;
        }

        return words.SelectMany(w => (string[])[w, w.Replace("\u09DF", "\u09AF\u09BC", StringComparison.Ordinal), w.Replace("\u09AF\u09BC", "\u09DF", StringComparison.Ordinal)])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds what every match of <see cref="SpokenDigits"/> holds: ten digit words in a row,
    /// each a whole word (letters, marks and digits between two characters that are none), one to three spaces, commas, dots
    /// or dashes apart. A word with a letter outside ASCII and Bengali may be one (the Kelvin sign reads as k), so it counts.
    /// </summary>
    private static bool MaySpellANumber(string text)
    {
        if (Needs.Off || DigitWordsBySpan is not { } digitWords)
        {
            return true;
        }

        var streak = 0;
        var previousEnd = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsWordCharacter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsWordCharacter(text[i]))
            {
                i++;
            }

            var word = text.AsSpan(start, i - start);
            if (DigitsIn(word, digitWords) is var digits and > 0)
            {
                var joined = previousEnd >= 0 && start - previousEnd is >= 1 and <= 4 && OnlySeparators(text.AsSpan(previousEnd, start - previousEnd));
                streak = joined ? streak + digits : digits;
                if (streak >= 10)
                {
                    return true;
                }
            }
            else
            {
                streak = 0;
            }

            previousEnd = i;
        }

        return false;

        static bool IsWordCharacter(char c) => c < '\u0080' ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c)
            || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

        static bool OnlySeparators(ReadOnlySpan<char> gap)
        {
            foreach (var c in gap)
            {
                if (!char.IsWhiteSpace(c) && c is not (',' or '.' or '-'))
                {
                    return false;
                }
            }

            return true;
        }

        // How many digits a word spells: a digit word one, a run of digits its length (at most 5), a digit word run into
        // digits ("zero1") both; 0 for any other word. A word with a letter outside ASCII and Bengali counts as many as it may.
        static int DigitsIn(ReadOnlySpan<char> word, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> digitWords)
        {
            var firstDigit = -1;
            for (var k = 0; k < word.Length; k++)
            {
                var c = word[k];
                if (c > '\u007F' && c is < '\u0980' or > '\u09FF')
                {
                    return 1;
                }

                if (char.IsDigit(c))
                {
                    firstDigit = firstDigit < 0 ? k : firstDigit;
                }
                else if (firstDigit >= 0)
                {
                    return 0; // a letter after a digit: "2nd", "5pm"
                }
            }

            var trailing = firstDigit < 0 ? 0 : word.Length - firstDigit;
            var head = firstDigit < 0 ? word : word[..firstDigit];
            if (trailing > 9)
            {
                return 0;
            }

            return head.IsEmpty ? trailing : head.Length <= LongestDigitWord && digitWords.Contains(head) ? 1 + trailing : 0;
        }
    }

    private static void Spoken(string text, List<Candidate> found)
    {
        if (!MaySpellANumber(text))
        {
            return;
        }

        foreach (Match match in SpokenDigits.Matches(text))
        {
            // A word before the number may read as a digit ("text me at zero one ..."): drop leading words until it has the shape.
            var tokens = Words.Split(match.Value);
            for (var first = 0; first < 3 && tokens.Count - first >= 5; first++)
            {
                var digits = string.Concat(tokens.Skip(first).Select(w => Spelt(w.Text)));
                if (MobileShape.IsMatch(digits))
                {
                    found.Add(new Candidate(DetailKind.Phone, match.Index + tokens[first].Start, match.Index + match.Length));
                    break;
                }
            }
        }
    }

    // The digits a word of a spelt-out number stands for: "seven" 7, "জিরো" 0, "zero1" 01, "33" 33.
    private static string Spelt(string word)
    {
        var firstDigit = 0;
        while (firstDigit < word.Length && !char.IsAsciiDigit(word[firstDigit]))
        {
            firstDigit++;
        }

        var head = word[..firstDigit];
        var digits = word[firstDigit..];
        return head.Length == 0 ? digits : DigitOfFolded.TryGetValue(head, out var d) ? d + digits : digits;
    }

    private static void Add(string text, List<Candidate> found, Regex pattern, DetailKind kind)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var end = match.Index + match.Length;
            while (end > match.Index && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '।' or '\'' or '"')
            {
                end--;
            }

            if (end > match.Index)
            {
                found.Add(new Candidate(kind, match.Index, end));
            }
        }
    }

    private static bool IsPhone(string text, Match match, bool anyLandLine)
    {
        var raw = match.Value;
        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        if (raw.StartsWith('+') || raw.StartsWith("00", StringComparison.Ordinal))
        {
            return digits.Length is >= 8 and <= 15;
        }

        if (BangladeshMobile.IsMatch(digits) || (anyLandLine && digits.Length is >= 9 and <= 11 && digits[0] == '0'))
        {
            return true;
        }

        // Any other number counts only after a word that says it is one: "call 02-9876543", "বিকাশ: 1234567".
        var before = text[Math.Max(0, match.Index - 20)..match.Index];
        return digits.Length is >= 7 and <= 13 && PhoneCue.IsMatch(before);
    }
}
