namespace Sajag.Web.Features.Posts;

/// <summary>The interface words of the Before-you-post page, in English and Bangla (the explanations live in Sajag.Safety).</summary>
internal static class PostsText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["posts.title"] = ("Before you post", "পোস্ট করার আগে"),
        ["posts.intro"] = (
            "Type or paste what you want to post, or your profile text. Sajag marks personal details in it and says why each one matters. Your text is checked and then forgotten: it is never saved.",
            "যা পোস্ট করতে চাও, বা তোমার প্রোফাইলের লেখা, এখানে লেখো বা পেস্ট করো। সজাগ এর মধ্যে ব্যক্তিগত তথ্যগুলো চিহ্নিত করবে আর বলবে কোনটা কেন ঝুঁকির। তোমার লেখা শুধু যাচাই করা হয়, তারপর ভুলে যাওয়া হয়: কোথাও জমা রাখা হয় না।"),
        ["posts.draft"] = ("Your post", "তোমার পোস্ট"),
        ["posts.draft.hint"] = ("For example: a caption, a status or your bio.", "যেমন: ছবির ক্যাপশন, স্ট্যাটাস বা তোমার বায়ো।"),
        ["posts.check"] = ("Check my post", "আমার পোস্ট যাচাই করো"),
        ["posts.result"] = ("What Sajag found", "সজাগ যা খুঁজে পেয়েছে"),
        ["posts.found"] = ("Personal details are marked in your text. Think about taking them out:", "তোমার লেখায় ব্যক্তিগত তথ্যগুলো চিহ্নিত করা আছে। এগুলো সরিয়ে দেওয়ার কথা ভাবো:"),
        ["posts.none"] = (
            "Sajag found no personal details. It can miss some, so read your post once more before you share it.",
            "সজাগ কোনো ব্যক্তিগত তথ্য খুঁজে পায়নি। তবে কিছু বাদ পড়তে পারে, তাই শেয়ার করার আগে পোস্টটা আরেকবার পড়ে নাও।"),
        ["posts.empty"] = ("Type or paste your post first, then press Check my post.", "আগে তোমার পোস্টটা লেখো বা পেস্ট করো, তারপর “আমার পোস্ট যাচাই করো” চাপো।"),
        ["posts.toolong"] = ("This text is too long to check at once. Check it in parts of up to 10,000 characters.", "লেখাটা একবারে যাচাই করার জন্য অনেক বড়। ১০,০০০ অক্ষর পর্যন্ত ভাগ ভাগ করে যাচাই করো।"),
        ["posts.failed"] = ("The check did not work just now. Please try again.", "এই মুহূর্তে যাচাই করা গেল না। আবার চেষ্টা করো।"),
        ["posts.kind.full-name"] = ("Full name", "পুরো নাম"),
        ["posts.kind.birth-date"] = ("Birthday", "জন্মদিন"),
        ["posts.kind.age"] = ("Age", "বয়স"),
        ["posts.kind.phone"] = ("Phone number", "ফোন নম্বর"),
        ["posts.kind.email"] = ("Email", "ইমেইল"),
        ["posts.kind.address"] = ("Home address or area", "বাসার ঠিকানা বা এলাকা"),
        ["posts.kind.school"] = ("School", "স্কুল"),
        ["posts.kind.class"] = ("Class or section", "ক্লাস বা সেকশন"),
        ["posts.kind.location"] = ("Where you are now", "এখন কোথায় আছ"),
        ["posts.kind.handle"] = ("Username or @handle", "ইউজারনেম বা @হ্যান্ডেল"),
        ["posts.kind.link"] = ("Link to your profile", "তোমার প্রোফাইলের লিংক"),
        ["photo.title"] = ("Check a photo before you post it", "পোস্ট করার আগে ছবি যাচাই করো"),
        ["photo.intro"] = (
            "A photo can carry hidden details: where it was taken, when, and on which phone. Sajag reads them on this phone. The photo is never sent anywhere.",
            "একটা ছবির ভেতরে লুকানো তথ্য থাকতে পারে: কোথায় তোলা, কখন তোলা, আর কোন ফোনে। সজাগ এগুলো এই ফোনেই পড়ে। ছবিটা কোথাও পাঠানো হয় না।"),
        ["photo.nojs"] = (
            "The photo check needs JavaScript, so that it runs on your phone and the photo never leaves it. Turn JavaScript on to use it.",
            "ছবি যাচাই করতে জাভাস্ক্রিপ্ট লাগে, যাতে এটা তোমার ফোনেই চলে আর ছবিটা ফোন থেকে কোথাও না যায়। ব্যবহার করতে জাভাস্ক্রিপ্ট চালু করো।"),
        ["photo.choose"] = ("Choose a photo", "একটা ছবি বেছে নাও"),
        ["photo.found"] = ("This photo carries details that could show where you are or who you are:", "এই ছবিতে এমন তথ্য আছে, যা থেকে বোঝা যেতে পারে তুমি কোথায় বা তুমি কে:"),
        ["photo.nothing"] = ("This photo carries no location, date or phone details.", "এই ছবিতে কোনো লোকেশন, তারিখ বা ফোনের তথ্য নেই।"),
        ["photo.gps"] = ("Where it was taken", "কোথায় তোলা হয়েছে"),
        ["photo.gps.why"] = ("Anyone who gets the original photo can find this place on a map.", "আসল ছবিটা যে পাবে, সে-ই ম্যাপে এই জায়গাটা খুঁজে পাবে।"),
        ["photo.date"] = ("When it was taken", "কখন তোলা হয়েছে"),
        ["photo.device"] = ("Phone or camera", "ফোন বা ক্যামেরা"),
        ["photo.clean"] = ("Make a cleaned copy", "পরিষ্কার একটা কপি বানাও"),
        ["photo.download"] = ("Save the cleaned copy", "পরিষ্কার কপিটা সেভ করো"),
        ["photo.cleaned"] = ("The cleaned copy has no location, date or phone details. Post the cleaned copy, not the original.", "পরিষ্কার কপিতে কোনো লোকেশন, তারিখ বা ফোনের তথ্য নেই। আসলটা না, পরিষ্কার কপিটা পোস্ট করো।"),
        ["photo.error"] = ("This file could not be read as a photo. Try a JPEG or PNG photo.", "এই ফাইলটা ছবি হিসেবে পড়া গেল না। একটা JPEG বা PNG ছবি দিয়ে চেষ্টা করো।"),
        ["photo.look"] = (
            "Also look at the photo itself: a school badge, a house number, a shop sign or a uniform can show where you are.",
            "ছবিটাও ভালো করে দেখো: স্কুলের ব্যাজ, বাসার নম্বর, দোকানের সাইনবোর্ড বা ইউনিফর্ম দেখেও বোঝা যায় তুমি কোথায়।"),
    };
}
