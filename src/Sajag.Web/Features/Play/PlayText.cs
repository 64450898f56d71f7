namespace Sajag.Web.Features.Play;

/// <summary>The interface words of solo play, in English and Bangla.</summary>
internal static class PlayText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["play.title"] = ("Play the Sajag card game", "সজাগ কার্ড গেম খেলো"),
        ["play.intro"] = ("Answer one card at a time and see why. Your answers stay on this phone: nothing is sent anywhere.", "একবারে একটা কার্ডের উত্তর দাও, আর দেখো কেন। তোমার উত্তর এই ফোনেই থাকে: কোথাও পাঠানো হয় না।"),
        ["play.quick"] = ("Quick 10", "ঝটপট ১০"),
        ["play.quick.hint"] = ("Ten cards from every topic.", "সব বিষয় থেকে দশটা কার্ড।"),
        ["play.choose"] = ("Or choose topics", "অথবা বিষয় বেছে নাও"),
        ["play.start"] = ("Play these topics", "এই বিষয়গুলো খেলো"),
        ["play.nojs"] = ("The card game needs JavaScript turned on. You can still read every lesson.", "কার্ড গেম খেলতে জাভাস্ক্রিপ্ট চালু থাকতে হবে। তবে সব পাঠ তুমি পড়তে পারবে।"),
        ["play.forget"] = ("Forget my progress", "আমার অগ্রগতি মুছে দাও"),
        ["play.forgotten"] = ("Your progress on this phone is forgotten.", "এই ফোনে তোমার অগ্রগতি মুছে ফেলা হয়েছে।"),
        ["play.offline"] = ("Ready to play without internet on this phone.", "এই ফোনে এখন ইন্টারনেট ছাড়াও খেলা যাবে।"),
        ["play.loading"] = ("Loading the cards…", "কার্ড আসছে…"),
        ["play.loadfailed"] = ("The cards could not be loaded. Check your connection and try again.", "কার্ড আনা গেল না। ইন্টারনেট সংযোগ দেখে আবার চেষ্টা করো।"),
        ["play.card"] = ("Card {0} of {1}", "কার্ড {0} / {1}"),
        ["play.pickall"] = ("Choose every right answer, then check.", "সব ঠিক উত্তর বেছে নাও, তারপর যাচাই করো।"),
        ["play.check"] = ("Check my answer", "উত্তর যাচাই করো"),
        ["play.right"] = ("Right!", "ঠিক!"),
        ["play.wrong"] = ("Not quite.", "পুরোপুরি ঠিক হয়নি।"),
        ["play.answer"] = ("The right answer", "ঠিক উত্তর"),
        ["play.why"] = ("Why", "কেন"),
        ["play.discuss"] = ("Talk about it", "এটা নিয়ে কথা বলো"),
        ["play.reveal"] = ("Show what to think about", "কী ভাবতে হবে দেখাও"),
        ["play.lesson"] = ("Read the lesson", "পাঠটা পড়ো"),
        ["play.next"] = ("Next card", "পরের কার্ড"),
        ["play.finish"] = ("See my summary", "আমার ফলাফল দেখো"),
        ["play.summary"] = ("Your summary", "তোমার ফলাফল"),
        ["play.score"] = ("{0} of {1} right", "{1}টার মধ্যে {0}টা ঠিক"),
        ["play.remember"] = ("Remember", "মনে রেখো"),
        ["play.again"] = ("Play again", "আবার খেলো"),
        ["play.kind.scenario"] = ("Scenario", "ঘটনা"),
        ["play.kind.myth-or-fact"] = ("Myth or fact", "মিথ না সত্য"),
        ["play.kind.what-would-you-do"] = ("What would you do?", "তুমি কী করবে?"),
        ["play.kind.spot-the-sign"] = ("Spot the sign", "সংকেত চেনো"),
        ["play.kind.discuss"] = ("Discuss", "আলোচনা"),
        ["play.print"] = ("Print the deck for a class", "ক্লাসের জন্য কার্ড প্রিন্ট করো"),
        ["play.needsconnection"] = ("You are offline. That page needs an internet connection; the game here still works.", "তুমি এখন অফলাইনে। ওই পাতাটা খুলতে ইন্টারনেট লাগবে; এখানের খেলাটা ঠিকই চলবে।"),
        ["play.offlinepage"] = ("You are offline, and this page is not saved on this phone. It needs an internet connection.", "তুমি এখন অফলাইনে, আর এই পাতাটা এই ফোনে রাখা নেই। এটা খুলতে ইন্টারনেট লাগবে।"),
        ["play.backtogame"] = ("Back to the game", "খেলায় ফিরে যাও"),
    };

    /// <summary>The words play.js needs, in one language.</summary>
    public static Dictionary<string, string> ForScript(string language) =>
        Entries.Where(e => e.Key is not ("play.title" or "play.intro" or "play.quick.hint" or "play.choose" or "play.start" or "play.nojs" or "play.print"))
            .ToDictionary(e => e.Key["play.".Length..], e => language == "bn" ? e.Value.Bn : e.Value.En);
}
