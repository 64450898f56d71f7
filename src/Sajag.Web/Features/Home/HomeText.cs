namespace Sajag.Web.Features.Home;

/// <summary>The interface words of the Home pages, in English and Bangla.</summary>
internal static class HomeText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["home.title"] = ("Sajag: stay alert online", "সজাগ: অনলাইনে সজাগ থাকো"),
        ["home.intro"] = (
            "Sajag helps young people aged 13 to 18 spot online abuse, grooming, sextortion and bullying, and know what to do. Nothing you read here is saved about you.",
            "সজাগ ১৩ থেকে ১৮ বছরের কিশোর-কিশোরীদের অনলাইনে নির্যাতন, গ্রুমিং, ছবি দিয়ে ব্ল্যাকমেইল আর বুলিং চিনতে ও কী করতে হবে তা জানতে সাহায্য করে। তুমি এখানে যা পড়ো, তোমার সম্পর্কে তার কিছুই জমা রাখা হয় না।"),
        ["home.learn.title"] = ("Learn", "শেখো"),
        ["home.learn.text"] = ("Eight short lessons with questions to talk over with friends.", "আটটি ছোট পাঠ, আর বন্ধুদের সাথে আলোচনার প্রশ্ন।"),
        ["home.play.title"] = ("Play", "খেলো"),
        ["home.play.text"] = ("The Sajag card game: play alone on your phone, even offline, or in class.", "সজাগ কার্ড গেম: নিজের ফোনে একা খেলো, ইন্টারনেট ছাড়াও, অথবা ক্লাসে সবাই মিলে।"),
        ["home.join.title"] = ("Join a class game", "ক্লাসের খেলায় যোগ দাও"),
        ["home.join.text"] = ("Your teacher shows a code on the big screen: type it here.", "শিক্ষক বড় পর্দায় একটা কোড দেখাবেন: সেটা এখানে লেখো।"),
        ["home.help.title"] = ("Get help", "সাহায্য নাও"),
        ["home.help.text"] = ("Free helplines, and what to do if something online worries you.", "বিনা খরচের হেল্পলাইন, আর অনলাইনে কিছু নিয়ে দুশ্চিন্তা হলে কী করবে।"),
        ["home.post.title"] = ("Before you post", "পোস্ট করার আগে"),
        ["home.post.text"] = ("Check a post or a photo for details that show who you are or where.", "পোস্ট বা ছবিতে এমন তথ্য আছে কি না দেখো, যা থেকে বোঝা যায় তুমি কে বা কোথায়।"),
        ["home.threatened"] = ("Someone is threatening me", "কেউ আমাকে হুমকি দিচ্ছে"),
        ["home.credits"] = ("Where this comes from", "এই লেখাগুলো কোথা থেকে"),
    };
}
