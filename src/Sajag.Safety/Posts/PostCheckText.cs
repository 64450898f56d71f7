namespace Sajag.Safety.Posts;

/// <summary>Why each kind of detail matters, and the guideline behind it, in English and Bangla.</summary>
/// <remarks>The web app adds <see cref="Entries"/> to its interface text; the command line prints the English.</remarks>
public static class PostCheckText
{
    /// <summary>Every explanation, guideline and the reminder, by key.</summary>
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>(StringComparer.Ordinal)
    {
        ["post.why.full-name"] = (
            "A full name lets a stranger find you, your family and your other accounts.",
            "পুরো নাম দিয়ে অচেনা কেউ তোমাকে, তোমার পরিবারকে আর তোমার অন্য অ্যাকাউন্টগুলো খুঁজে বের করতে পারে।"),
        ["post.why.birth-date"] = (
            "A birthday tells strangers your exact age, and helps someone guess your passwords or pretend to know you.",
            "জন্মদিন থেকে অচেনা কেউ তোমার ঠিক বয়স জেনে যায়; এ দিয়ে কেউ তোমার পাসওয়ার্ড আন্দাজ করতে বা তোমাকে চেনার ভান করতে পারে।"),
        ["post.why.age"] = (
            "Your age tells strangers that you are young, which is what people who groom children look for.",
            "বয়স দেখে অচেনা কেউ বুঝে যায় তুমি ছোট; যারা ছোটদের ফাঁদে ফেলে, তারা ঠিক এটাই খোঁজে।"),
        ["post.why.phone"] = (
            "A phone number lets a stranger call or message you directly, where no one else can see.",
            "ফোন নম্বর পেলে অচেনা কেউ সরাসরি তোমাকে কল বা মেসেজ করতে পারে, যেখানে আর কেউ দেখে না।"),
        ["post.why.email"] = (
            "An email address lets strangers write to you in private and look for your other accounts.",
            "ইমেইল ঠিকানা পেলে অচেনা কেউ গোপনে তোমাকে লিখতে আর তোমার অন্য অ্যাকাউন্ট খুঁজতে পারে।"),
        ["post.why.address"] = (
            "A home address or area shows where you live, so someone could come to your home.",
            "বাসার ঠিকানা বা এলাকা থেকে বোঝা যায় তুমি কোথায় থাকো, তাই কেউ তোমার বাসায় চলে আসতে পারে।"),
        ["post.why.school"] = (
            "Your school's name tells a stranger where to find you every day.",
            "স্কুলের নাম থেকে অচেনা কেউ জেনে যায় প্রতিদিন তোমাকে কোথায় পাওয়া যাবে।"),
        ["post.why.class"] = (
            "Your class, section or roll number, with your school, points to exactly who you are.",
            "ক্লাস, সেকশন বা রোল নম্বর, সাথে স্কুলের নাম মিলিয়ে ঠিক তোমাকেই চিনে ফেলা যায়।"),
        ["post.why.location"] = (
            "Saying where you are right now lets someone come to you while you are there.",
            "এখন তুমি কোথায় আছ তা বললে কেউ সেখানে তোমার কাছে চলে আসতে পারে।"),
        ["post.why.handle"] = (
            "An @handle leads a stranger to your other accounts, where they can message you in private.",
            "@হ্যান্ডেল দিয়ে অচেনা কেউ তোমার অন্য অ্যাকাউন্টে পৌঁছে যায়, যেখানে গোপনে মেসেজ করতে পারে।"),
        ["post.why.link"] = (
            "A link to your profile or chat lets strangers follow you to where no one else can see.",
            "তোমার প্রোফাইল বা চ্যাটের লিংক দিয়ে অচেনা কেউ তোমার পিছু নিয়ে এমন জায়গায় যেতে পারে যেখানে আর কেউ দেখে না।"),
        ["post.guideline.identity"] = (
            "Guideline: do not post your full name, birthday, address or school.",
            "নিয়ম: তোমার পুরো নাম, জন্মদিন, ঠিকানা বা স্কুলের নাম পোস্ট কোরো না।"),
        ["post.guideline.contact"] = (
            "Guideline: give your phone number or email only in private, to people you know in real life.",
            "নিয়ম: ফোন নম্বর বা ইমেইল শুধু গোপনে দাও, বাস্তবে চেনো এমন মানুষকে।"),
        ["post.guideline.location"] = (
            "Guideline: keep location off, and say where you were only after you have left.",
            "নিয়ম: লোকেশন বন্ধ রাখো, আর কোথায় ছিলে তা বলো সেখান থেকে চলে আসার পরে।"),
        ["post.reminder"] = (
            "Think before you post: once it is online you cannot take it back. Others can copy, save and share it.",
            "পোস্ট করার আগে ভাবো: একবার অনলাইনে গেলে আর ফেরত আনা যায় না। অন্যরা সেটা কপি, সেভ আর শেয়ার করতে পারে।"),
    };

    /// <summary>The text for <paramref name="key"/> in "en" or "bn".</summary>
    public static string Get(string key, string language)
    {
        var (en, bn) = Entries[key];
        return language == "bn" ? bn : en;
    }

    /// <summary>One line: why this detail matters, then the guideline behind it.</summary>
    public static string Why(PersonalDetail detail, string language)
    {
        ArgumentNullException.ThrowIfNull(detail);
        return Get(detail.WhyKey, language) + " " + Get(Kinds.GuidelineKey(detail.Guideline), language);
    }
}
