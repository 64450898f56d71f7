namespace Sajag.Web.Features.Live;

/// <summary>The interface words of the discussion wall and the knowledge check, in English and Bangla.</summary>
internal static class DiscussText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        // The player: open answers.
        ["discuss.your"] = ("Your thoughts (no name, at most 280 letters)", "তোমার ভাবনা (নাম ছাড়া, সর্বোচ্চ ২৮০ অক্ষর)"),
        ["discuss.hint"] = ("Your teacher reads every answer before it goes on the big screen. Nobody sees who wrote it.", "বড় পর্দায় দেখানোর আগে শিক্ষক প্রতিটি উত্তর পড়েন। কে লিখেছে তা কেউ দেখে না।"),
        ["discuss.send"] = ("Send my answer", "উত্তর পাঠাও"),
        ["discuss.sent"] = ("Sent. Your teacher will read it.", "পাঠানো হয়েছে। শিক্ষক এটা পড়বেন।"),
        ["discuss.masked"] = ("We hid a phone number, email, link, address, or a name beside a school or class in your answer: never share them in class.", "তোমার উত্তরে থাকা ফোন নম্বর, ইমেইল, লিংক, ঠিকানা বা স্কুল-ক্লাসের পাশে লেখা নাম আমরা লুকিয়ে দিয়েছি: ক্লাসে এগুলো কখনো দিও না।"),
        ["discuss.left"] = ("{0} letters left", "আর {0}টি অক্ষর বাকি"),
        ["discuss.empty"] = ("Write something first.", "আগে কিছু লেখো।"),
        ["discuss.long"] = ("That is longer than 280 letters. Make it shorter.", "এটা ২৮০ অক্ষরের চেয়ে বড়। একটু ছোট করো।"),
        ["discuss.closed"] = ("Answers for this discussion are closed.", "এই আলোচনার উত্তর দেওয়ার সময় শেষ।"),
        ["discuss.unknown"] = ("That answer is no longer in the queue.", "এই উত্তরটি আর তালিকায় নেই।"),
        ["discuss.failed"] = ("Your answer could not be saved. Try again.", "উত্তরটা রাখা যায়নি। আবার চেষ্টা করো।"),

        // The player: knowledge check.
        ["check.before.title"] = ("Before we play: what do you know?", "খেলার আগে: তুমি কী জানো?"),
        ["check.after.title"] = ("After the game: what do you know now?", "খেলার পরে: এখন তুমি কী জানো?"),
        ["check.knowledge.intro"] = ("This is not a test and has no score. It helps your teachers see what the game teaches. Nobody sees your answers.", "এটা পরীক্ষা নয়, কোনো নম্বর নেই। খেলা থেকে কী শেখা হলো তা শিক্ষকদের বুঝতে সাহায্য করে। তোমার উত্তর কেউ দেখবে না।"),
        ["check.about"] = ("About you (you can skip this)", "তোমার সম্পর্কে (চাইলে বাদ দিতে পারো)"),
        ["check.gender"] = ("You are", "তুমি"),
        ["check.gender.girl"] = ("a girl", "মেয়ে"),
        ["check.gender.boy"] = ("a boy", "ছেলে"),
        ["check.gender.notsaid"] = ("prefer not to say", "বলতে চাই না"),
        ["check.age"] = ("Your age", "তোমার বয়স"),
        ["check.age.13-14"] = ("13-14", "১৩-১৪"),
        ["check.age.15-16"] = ("15-16", "১৫-১৬"),
        ["check.age.17-18"] = ("17-18", "১৭-১৮"),
        ["check.age.notsaid"] = ("prefer not to say", "বলতে চাই না"),
        ["check.send"] = ("Send", "পাঠাও"),
        ["check.thanks"] = ("Thank you! Wait for the game to start.", "ধন্যবাদ! খেলা শুরু হওয়া পর্যন্ত অপেক্ষা করো।"),
        ["check.thanks.after"] = ("Thank you for taking part!", "অংশ নেওয়ার জন্য ধন্যবাদ!"),
        ["check.all"] = ("Answer every question first.", "আগে সব প্রশ্নের উত্তর দাও।"),
        ["check.off"] = ("This game has no knowledge check.", "এই খেলায় জ্ঞান যাচাই নেই।"),
        ["check.invalid"] = ("Those answers could not be read. Try again.", "উত্তরগুলো বোঝা যায়নি। আবার চেষ্টা করো।"),
        ["check.before.closed"] = ("The game has started, so the first check is closed.", "খেলা শুরু হয়ে গেছে, তাই প্রথম যাচাই বন্ধ।"),
        ["check.after.notyet"] = ("The second check opens when the game ends.", "খেলা শেষ হলে দ্বিতীয় যাচাই খুলবে।"),
        ["check.after.nobefore"] = ("The second check is for those who did the first one.", "দ্বিতীয় যাচাই শুধু যারা প্রথমটা করেছে তাদের জন্য।"),

        // The facilitator and the projector.
        ["discuss.queue"] = ("Answers waiting for you", "আপনার অপেক্ষায় থাকা উত্তর"),
        ["discuss.queue.empty"] = ("No answers yet for this card.", "এই কার্ডে এখনো কোনো উত্তর নেই।"),
        ["discuss.queue.hint"] = ("Personal details are already hidden. Only answers you approve appear on the projector.", "ব্যক্তিগত তথ্য আগেই লুকানো হয়েছে। আপনি যেগুলো অনুমোদন করবেন শুধু সেগুলোই প্রজেক্টরে দেখা যাবে।"),
        ["discuss.flagged"] = ("Flagged", "চিহ্নিত"),
        ["discuss.approve"] = ("Approve", "অনুমোদন"),
        ["discuss.hide"] = ("Hide", "লুকান"),
        ["discuss.star"] = ("Star as an idea", "আইডিয়া হিসেবে তারা দিন"),
        ["discuss.unstar"] = ("Remove the star", "তারা সরান"),
        ["discuss.status.pending"] = ("waiting", "অপেক্ষমাণ"),
        ["discuss.status.approved"] = ("on the wall", "দেয়ালে আছে"),
        ["discuss.status.hidden"] = ("hidden", "লুকানো"),
        ["discuss.starred"] = ("starred idea", "তারা দেওয়া আইডিয়া"),
        ["discuss.wall"] = ("The class's answers", "ক্লাসের উত্তর"),
        ["discuss.wall.empty"] = ("Approved answers appear here.", "অনুমোদিত উত্তর এখানে দেখা যাবে।"),
        ["discuss.cloud"] = ("Show a word cloud on the projector", "প্রজেক্টরে শব্দ-মেঘ দেখান"),
        ["discuss.check.progress"] = ("Knowledge check: {0} before, {1} after", "জ্ঞান যাচাই: আগে {0}, পরে {1}"),
        ["reason.abuse"] = ("abuse", "গালি"),
        ["reason.sexual"] = ("sexual words", "যৌন শব্দ"),
        ["reason.threat"] = ("threat", "হুমকি"),
        ["reason.slur"] = ("slur", "অপমানসূচক শব্দ"),
        ["reason.phone"] = ("phone number hidden", "ফোন নম্বর লুকানো"),
        ["reason.email"] = ("email hidden", "ইমেইল লুকানো"),
        ["reason.handle"] = ("@handle hidden", "@হ্যান্ডেল লুকানো"),
        ["reason.link"] = ("link hidden", "লিংক লুকানো"),
        ["reason.address"] = ("address hidden", "ঠিকানা লুকানো"),
        ["reason.identity"] = ("name with school or class hidden", "নামের সঙ্গে স্কুল বা ক্লাস লুকানো"),

        // The placeholder that stands where a detail was hidden: stored as "[phone]", shown in the page's language.
        ["mask.phone"] = ("phone", "ফোন"),
        ["mask.email"] = ("email", "ইমেইল"),
        ["mask.handle"] = ("handle", "হ্যান্ডেল"),
        ["mask.link"] = ("link", "লিংক"),
        ["mask.address"] = ("address", "ঠিকানা"),
        ["mask.identity"] = ("identity", "পরিচয়"),
    };
}
