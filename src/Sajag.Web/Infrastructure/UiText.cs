using System.Collections.Frozen;
using System.Text;

namespace Sajag.Web.Infrastructure;

/// <summary>The words of the interface around the pack's content, in English and Bangla.</summary>
internal static class UiText
{
    private static readonly FrozenDictionary<string, (string En, string Bn)> Texts = new Dictionary<string, (string, string)>
    {
        ["site.name"] = ("Sajag", "সজাগ"),
        ["site.tagline"] = ("Stay alert online", "অনলাইনে সজাগ থাকো"),
        ["skip"] = ("Skip to content", "মূল লেখায় যাও"),
        ["nav.label"] = ("Main", "প্রধান মেনু"),
        ["nav.home"] = ("Home", "হোম"),
        ["nav.learn"] = ("Learn", "শেখো"),
        ["nav.help"] = ("Get help", "সাহায্য নাও"),
        ["lang.label"] = ("Language", "ভাষা"),
        ["exit.button"] = ("Quick exit", "দ্রুত বের হও"),
        ["exit.hint"] = ("Leave this site at once: press this button, or Shift three times.", "এখনই এই সাইট থেকে বের হতে এই বোতাম চাপো, অথবা Shift তিনবার চাপো।"),
        ["exit.about"] = ("What quick exit does", "দ্রুত বের হওয়া কী করে"),

        ["home.title"] = ("Sajag: stay alert online", "সজাগ: অনলাইনে সজাগ থাকো"),
        ["home.intro"] = (
            "Sajag helps young people aged 13 to 18 spot online abuse, grooming, sextortion and bullying, and know what to do. Nothing you read here is saved about you.",
            "সজাগ ১৩ থেকে ১৮ বছরের কিশোর-কিশোরীদের অনলাইনে নির্যাতন, গ্রুমিং, ছবি দিয়ে ব্ল্যাকমেইল আর বুলিং চিনতে ও কী করতে হবে তা জানতে সাহায্য করে। তুমি এখানে যা পড়ো, তোমার সম্পর্কে তার কিছুই জমা রাখা হয় না।"),
        ["home.learn.title"] = ("Learn", "শেখো"),
        ["home.learn.text"] = ("Eight short lessons with questions to talk over with friends.", "আটটি ছোট পাঠ, আর বন্ধুদের সাথে আলোচনার প্রশ্ন।"),
        ["home.play.title"] = ("Play", "খেলো"),
        ["home.play.text"] = ("The Sajag card game, in class with your teacher. Solo play on your phone is coming next.", "সজাগ কার্ড গেম, ক্লাসে শিক্ষকের সাথে। নিজের ফোনে একা খেলার ব্যবস্থা শিগগিরই আসছে।"),
        ["home.help.title"] = ("Get help", "সাহায্য নাও"),
        ["home.help.text"] = ("Free helplines, and what to do if something online worries you.", "বিনা খরচের হেল্পলাইন, আর অনলাইনে কিছু নিয়ে দুশ্চিন্তা হলে কী করবে।"),
        ["home.threatened"] = ("Someone is threatening me", "কেউ আমাকে হুমকি দিচ্ছে"),
        ["home.credits"] = ("Where this comes from", "এই লেখাগুলো কোথা থেকে"),

        ["learn.title"] = ("Learn", "শেখো"),
        ["learn.intro"] = ("Eight topics from a programme that 226 students in Dhaka and Satkhira helped to shape. Each ends with questions to discuss and rethink.", "ঢাকা ও সাতক্ষীরার ২২৬ জন শিক্ষার্থী যে কর্মসূচি গড়তে সাহায্য করেছে, তার আটটি বিষয়। প্রতিটির শেষে আলোচনা আর নতুন করে ভাবার প্রশ্ন আছে।"),
        ["learn.topic"] = ("Topic", "বিষয়"),

        ["topic.facts"] = ("Key facts", "জরুরি তথ্য"),
        ["topic.source"] = ("Source", "সূত্র"),
        ["topic.discuss"] = ("Discuss & Rethink", "আলোচনা করো, নতুন করে ভাবো"),
        ["topic.redalert"] = ("Red alert", "লাল সংকেত"),
        ["topic.gethelp"] = ("Worried about something? Get help now", "কিছু নিয়ে দুশ্চিন্তা? এখনই সাহায্য নাও"),
        ["topic.prev"] = ("Previous topic", "আগের বিষয়"),
        ["topic.next"] = ("Next topic", "পরের বিষয়"),
        ["topic.all"] = ("All topics", "সব বিষয়"),
        ["topic.pages"] = ("More topics", "আরও বিষয়"),

        ["help.title"] = ("Get help", "সাহায্য নাও"),
        ["help.intro"] = ("You are not alone, and it is not your fault. These services are for you.", "তুমি একা নও, আর এটা তোমার দোষ নয়। এই সেবাগুলো তোমার জন্যই।"),
        ["help.lines"] = ("Helplines", "হেল্পলাইন"),
        ["help.call"] = ("Call", "কল করো"),
        ["help.open"] = ("Open", "খোলো"),
        ["help.for"] = ("For", "কাদের জন্য"),
        ["help.hours"] = ("When", "কখন"),
        ["help.cost"] = ("Cost", "খরচ"),
        ["help.checked"] = ("Checked", "যাচাই করা হয়েছে"),
        ["help.record"] = ("Write down what happened, as text: the username, profile link, dates and times, the exact words of threats or demands, and any payment number they gave. Never save, screenshot or send a nude or sexual image, even as proof.", "যা ঘটেছে তা লিখে রাখো: ইউজারনেম, প্রোফাইল লিংক, তারিখ ও সময়, হুমকি বা দাবির হুবহু কথা, আর তারা কোনো পেমেন্ট নম্বর দিলে সেটা। কোনো নগ্ন বা যৌন ছবি কখনো সেভ, স্ক্রিনশট বা পাঠাবে না, প্রমাণ হিসেবেও না।"),

        ["quickexit.title"] = ("Quick exit: what it does and what it cannot do", "দ্রুত বের হওয়া: কী করে আর কী পারে না"),
        ["quickexit.does"] = ("What it does", "এটা যা করে"),
        ["quickexit.does.1"] = ("Press the Quick exit button, or press Shift three times in a row: the page goes blank at once.", "দ্রুত বের হও বোতাম চাপো, অথবা পরপর তিনবার Shift চাপো: পাতাটা সাথে সাথে ফাঁকা হয়ে যাবে।"),
        ["quickexit.does.2"] = ("Your browser then opens an ordinary website (a search page).", "তারপর ব্রাউজারে একটা সাধারণ ওয়েবসাইট (একটা সার্চ পাতা) খুলবে।"),
        ["quickexit.does.3"] = ("The Sajag page is replaced in this tab's history, so pressing Back does not bring it back.", "এই ট্যাবের হিস্টরিতে সজাগের পাতাটা বদলে যায়, তাই Back চাপলে সেটা আর ফিরে আসে না।"),
        ["quickexit.does.4"] = ("The other site is not told that you came from Sajag.", "অন্য সাইটটা জানতে পারে না যে তুমি সজাগ থেকে এসেছ।"),
        ["quickexit.cannot"] = ("What it cannot do", "এটা যা পারে না"),
        ["quickexit.cannot.1"] = ("It does not erase your browser history. Pages you opened before can still be seen there.", "এটা তোমার ব্রাউজারের হিস্টরি মুছে দেয় না। আগে খোলা পাতাগুলো সেখানে দেখা যেতে পারে।"),
        ["quickexit.cannot.2"] = ("It does not close other tabs, and it cannot hide anything from someone who is already watching your screen.", "এটা অন্য ট্যাব বন্ধ করে না, আর কেউ যদি আগে থেকেই তোমার স্ক্রিন দেখে, তার কাছ থেকে কিছু লুকাতে পারে না।"),
        ["quickexit.cannot.3"] = ("Without JavaScript the button still leaves the site, but the page stays in Back history.", "জাভাস্ক্রিপ্ট বন্ধ থাকলেও বোতামটা সাইট থেকে বের করে নেয়, তবে পাতাটা Back হিস্টরিতে থেকে যায়।"),
        ["quickexit.safer"] = ("On a shared phone", "অন্যের সাথে ভাগ করা ফোনে"),
        ["quickexit.safer.1"] = ("Open Sajag in a private (incognito) tab: the browser forgets it when you close the tab.", "সজাগ একটা প্রাইভেট (ইনকগনিটো) ট্যাবে খোলো: ট্যাব বন্ধ করলে ব্রাউজার এটা ভুলে যায়।"),
        ["quickexit.safer.2"] = ("Or delete Sajag from the browser history afterwards (in the browser menu, History).", "অথবা পরে ব্রাউজারের হিস্টরি থেকে সজাগ মুছে দাও (ব্রাউজারের মেনুতে History)।"),

        ["notfound.title"] = ("Page not found", "পাতাটি পাওয়া যায়নি"),
        ["notfound.text"] = ("We could not find that page. It may have moved, or the address may be mistyped.", "পাতাটি খুঁজে পাওয়া যায়নি। হয়তো এটা সরানো হয়েছে, অথবা ঠিকানায় ভুল আছে।"),
        ["notfound.home"] = ("Go to the home page", "হোম পাতায় যাও"),
        ["error.title"] = ("Something went wrong", "কিছু একটা সমস্যা হয়েছে"),
        ["error.text"] = ("Sorry, something went wrong on our side. Please try again in a moment.", "দুঃখিত, আমাদের দিকে একটা সমস্যা হয়েছে। একটু পরে আবার চেষ্টা করো।"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Keys => Texts.Keys;

    public static string Get(string key, string language) =>
        Texts.TryGetValue(key, out var text)
            ? (language == "bn" ? text.Bn : text.En)
            : throw new KeyNotFoundException($"No interface text '{key}'.");

    public static string ToBengaliDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c is >= '0' and <= '9' ? (char)('০' + (c - '0')) : c);
        }

        return builder.ToString();
    }
}
