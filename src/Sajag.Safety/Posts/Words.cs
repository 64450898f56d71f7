using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Sajag.Safety.Normalise;

namespace Sajag.Safety.Posts;

/// <summary>A word of a draft: where it is, and its folded form for comparing with word lists.</summary>
internal readonly record struct Word(int Start, int End, string Text, string Folded)
{
    public bool IsLatin => Text.Length > 0 && Text[0] < 'ʰ';

    public bool IsCapitalised => char.IsUpper(Text[0]);

    public bool IsBengali => Text.Length > 0 && Text[0] is >= '\u0980' and <= '\u09FF';
}

/// <summary>Splits a draft into words and compares them with the post check's word lists.</summary>
internal static class Words
{
    /// <summary>The words of <paramref name="text"/>: letters, marks and digits, with an inner apostrophe or hyphen, and the dot of a short abbreviation (Md.).</summary>
    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        for (var at = 0; Next(text, ref at) is var (start, end);)
        {
            var word = text[start..end];
            words.Add(new Word(start, end, word, Fold(word)));
        }

        return words;
    }

    /// <summary>The next word of <paramref name="text"/> from <paramref name="at"/> (moved past it) as <see cref="Split"/> cuts it, or null at the end.</summary>
    public static (int Start, int End)? Next(string text, ref int at)
    {
        var i = at;
        while (i < text.Length && !IsWordChar(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            at = i;
            return null;
        }

        var start = i;
        while (i < text.Length && (IsWordChar(text[i]) || (text[i] is '\'' or '’' or '-' && i + 1 < text.Length && IsWordChar(text[i + 1]) && i > start)))
        {
            i++;
        }

        if (i < text.Length && text[i] == '.' && IsIn(Abbreviations, text.AsSpan(start, i - start)))
        {
            i++;
        }

        at = i;
        return (start, i);
    }

    /// <summary>Whether the folded <paramref name="word"/> is in <paramref name="set"/> (one made by <see cref="Set"/>); an ASCII word is folded without a copy.</summary>
    /// <remarks>
    /// A word of ASCII and Bengali characters already in form C (<see cref="TextNormaliser.IsComposed"/>; most Bangla words) is
    /// folded without a copy too: Bengali letters have no case, so <see cref="Fold"/> changes only its ASCII capitals.
    /// </remarks>
    public static bool IsIn(FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length > 64 || (word.ContainsAnyExcept(AsciiAndBengali) || !TextNormaliser.IsComposed(word)))
        {
            return set.Contains(Fold(word.ToString()));
        }

        Span<char> lower = stackalloc char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            lower[i] = c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        }

        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static readonly System.Buffers.SearchValues<char> AsciiAndBengali =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x80).Select(c => (char)c), .. Enumerable.Range(0x0980, 0x80).Select(c => (char)c)]);

    /// <summary>Whether only spaces lie between two words (no comma, full stop, দাঁড়ি or line break).</summary>
    public static bool Joined(string text, Word left, Word right)
    {
        for (var i = left.End; i < right.Start; i++)
        {
            if (text[i] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsWordChar(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.DecimalDigitNumber;

    /// <summary>Lower case, composed (য় typed as one code point or two compare equal), ’ as '.</summary>
    public static string Fold(string word) =>
        word.Normalize(NormalizationForm.FormC).ToLowerInvariant().Replace('’', '\'');

    /// <summary>The word without a locative ending: ঢাকায় → ঢাকা, গ্রামে → গ্রাম, বাসাতে → বাসা, dhanmondite → dhanmondi.</summary>
    public static string Stem(string folded)
    {
        foreach (var ending in LocativeEndings)
        {
            if (folded.Length > ending.Length + 1 && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return folded[..^ending.Length].TrimEnd('-');
            }
        }

        return folded;
    }

    public static bool In(FrozenSet<string> set, Word word) => set.Contains(word.Folded) || set.Contains(Stem(word.Folded));

    public static FrozenSet<string> Set(string words) =>
        words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Fold).ToFrozenSet(StringComparer.Ordinal);

    // Longest first, so -এ is not taken for -তে.
    private static readonly string[] LocativeEndings = ["-তে", "তে", "-এ", "য়", "ে", "এর", "ের", "-te", "-e", "te", "y"];

    private static readonly FrozenSet<string> Abbreviations = Set("md mst mr mrs ms dr st rd mt sk মো মোঃ");

    /// <summary>Family names common in Bangladesh (Latin and Bengali spellings).</summary>
    public static readonly FrozenSet<string> Surnames = Set("""
        ahmed ahmad ahamed hossain hossen hosen hussain hussein hasan hassan islam rahman rahaman khan chowdhury choudhury chowdhary
        sarkar sarker das roy saha akter akhter aktar akther begum khatun khatoon uddin miah mia sheikh talukder talukdar bhuiyan bhuiya
        mollah molla karim haque hoque huq alam siddique siddiqui siddiky biswas mondal mandal paul pal dey dutta ghosh bose basu barua
        chakraborty chakrabarty bhattacharjee bhattacharya mahmud mahmood rahim kabir rashid sultana parvin parveen nahar jahan ferdous
        majumder mazumder majumdar sikder shikder howlader hawlader munshi pramanik sen gupta mitra nath debnath tripura chakma marma
        akand akanda sardar shah faruk faruque
        zaman tabassum jannat afrin anjum nowshin ahsan habib iqbal kamal mahbub masud parvez reza sultan imam noor nur haider hyder
        mostafa mustafa quader kader latif matin mannan rouf sobhan wahid yusuf jamil hasnat shams sarwar rabbi ullah ali nasrin sharmin
        afroz afroze ashraf azad mamun mizan murad nahid shahid sumon tareq tarek zahid akbar rashed rafiq shafiq kibria morshed nayeem
        জামান তাবাসসুম আনজুম আফরোজ উল্লাহ মান্নান সোবহান জান্নাত আফরিন নওশিন ইকবাল মাহবুব পারভেজ হায়দার মোস্তফা কাদের
        আহমেদ আহমদ আহমাদ হোসেন হোসাইন হাসান ইসলাম রহমান খান চৌধুরী সরকার দাস রায় সাহা আক্তার আখতার আক্তারী বেগম খাতুন উদ্দিন উদ্দীন
        মিয়া মিয়া শেখ তালুকদার ভূঁইয়া ভুঁইয়া ভূইয়া মোল্লা করিম হক আলম সিদ্দিকী বিশ্বাস মণ্ডল মন্ডল পাল দে দত্ত ঘোষ বসু বড়ুয়া
        চক্রবর্তী ভট্টাচার্য মাহমুদ কবির রশিদ সুলতানা পারভীন নাহার জাহান ফেরদৌস মজুমদার শিকদার হাওলাদার মুন্সি প্রামানিক সেন গুপ্ত
        মিত্র নাথ দেবনাথ ত্রিপুরা চাকমা মারমা আকন্দ সরদার
        """);

    /// <summary>Words that come before a given name: Md., Mohammad, মোঃ, শেখ.</summary>
    public static readonly FrozenSet<string> NamePrefixes = Set("md md. mohammad mohammed muhammad mohammod mst mst. mosammat sheikh syed sk sk. মোঃ মো. মো মোহাম্মদ মুহাম্মদ মোসাম্মৎ মোছাঃ শেখ সৈয়দ");

    /// <summary>Words that end a name, a place or a school name: small words in the three languages.</summary>
    public static readonly FrozenSet<string> Stop = Set("""
        a an the and or but so if of to in on at by for from with without about into near is am are was were be been being
        i i'm im me my mine we our us you your he she his her they them their it its this that these those here there
        not no yes very really too also just only quite so such now today tonight tomorrow yesterday currently right rn then
        come came go going went gone get got hate love like miss skip leave left start started finish finished bunk
        happy sad good bad best new old big small long short nice cool weird funny secret hidden unique
        class age years year old studying study live living stay staying read reading student
        ami amar amr amra amader tumi tomar tomra tui tor se tar ora ar o ba ki keno kothay ekhon akhon aj ajke kal kalke theke
        jonno por age er ei oi sei ekta ekti notun valo bhalo kharap boro choto na nai naa jai jabo gelam chuti shesh pori porhi
        thaki achi asi hobe hoy chilo chilam khub onek dure kache pashe e te name nam naam নাম
        আমি আমার আমাদের আমরা তুমি তোমার তোমাদের তুই তোর সে তার তারা ও আর এবং বা কি কী কেন কোথায় এখন আজ আজকে কাল আগামীকাল
        থেকে জন্য পর পরে আগে এর এই ওই সেই এ কোন কোনো একটা একটি এক নতুন পুরনো পুরানো ভালো খারাপ বড় ছোট না নেই নাই সব প্রতিদিন রোজ
        যাই যাব যাবো গেলাম ছুটি শেষে শুরু কাছে পাশে সামনে পেছনে ভেতরে বাইরে মধ্যে হয়ে দিয়ে তো খুব অনেক হবে হয় ছিল ছিলাম
        পড়ি পড়ে থাকি থাকে আছি আছে বয়স ক্লাস বলে বলছি হলো হল হচ্ছে কিন্তু তবে তাই যে
        বন্ধু বন্ধুরা ভাই বোন আপু ভাইয়া সবাই মা বাবা আম্মু আব্বু চলে চলো আসো এসো আসবে
        দাঁড়িয়ে বসে অপেক্ষা ঘুরছি daraye dariye darai boshe bose wait waiting
        """);

    /// <summary>
    /// Public figures often named in posts (players, writers, leaders, stars): their names give away nothing of the writer
    /// ("Shakib Al Hasan is 37", "Taylor Swift's birthday"). From general knowledge, not from labelled drafts.
    /// </summary>
    public static readonly string[] PublicFigures =
    [
        "Shakib Al Hasan", "Tamim Iqbal", "Mushfiqur Rahim", "Mashrafe Bin Mortaza", "Mahmudullah Riyad", "Mustafizur Rahman", "Liton Das",
        "Taskin Ahmed", "Mehidy Hasan", "Najmul Hossain Shanto", "Jamal Bhuyan", "Sabina Khatun", "Lionel Messi", "Cristiano Ronaldo",
        "Neymar Jr", "Virat Kohli", "Sachin Tendulkar", "MS Dhoni", "Rabindranath Tagore", "Kazi Nazrul Islam", "Humayun Ahmed",
        "Muhammed Zafar Iqbal", "Zafar Iqbal", "Satyajit Ray", "Sheikh Mujibur Rahman", "Ziaur Rahman", "Sheikh Hasina", "Khaleda Zia",
        "Muhammad Yunus", "Begum Rokeya", "Jahanara Imam", "Sufia Kamal", "Ayub Bachchu", "James Bond", "Taylor Swift", "Selena Gomez",
        "Billie Eilish", "Ariana Grande", "Justin Bieber", "Shah Rukh Khan", "Salman Khan", "Aamir Khan", "Ranbir Kapoor", "Arijit Singh",
        "Alia Bhatt", "Tom Holland", "Elon Musk", "Bill Gates", "Mark Zuckerberg", "Albert Einstein", "Isaac Newton", "Ayman Sadiq",
        "Chanchal Chowdhury", "Jaya Ahsan", "Mosharraf Karim", "Sakib Khan", "Shakib Khan", "Mithila", "Muhammad Ali", "Kylian Mbappe",
        "শাকিব আল হাসান", "সাকিব আল হাসান", "তামিম ইকবাল", "মুশফিকুর রহিম", "মাশরাফি বিন মুর্তজা", "মুস্তাফিজুর রহমান", "রবীন্দ্রনাথ ঠাকুর",
        "কাজী নজরুল ইসলাম", "নজরুল ইসলাম", "হুমায়ূন আহমেদ", "মুহম্মদ জাফর ইকবাল", "জাফর ইকবাল", "সত্যজিৎ রায়", "শেখ মুজিবুর রহমান",
        "জিয়াউর রহমান", "শেখ হাসিনা", "খালেদা জিয়া", "মুহাম্মদ ইউনূস", "বেগম রোকেয়া", "জাহানারা ইমাম", "সুফিয়া কামাল", "আইয়ুব বাচ্চু",
        "চঞ্চল চৌধুরী", "জয়া আহসান", "মোশাররফ করিম", "শাকিব খান",
    ];
}
