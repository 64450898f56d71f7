namespace Sajag.Web.Features.Check;

/// <summary>The interface words of the Check a chat page, in English and Bangla.</summary>
internal static class CheckText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["check.title"] = ("Check a chat", "একটা চ্যাট যাচাই করো"),
        ["check.intro"] = (
            "Paste a chat or choose an exported chat file. Sajag looks for warning signs of grooming, blackmail and bullying and tells you why each one matters. Nothing you send is saved: the chat is checked and forgotten.",
            "একটা চ্যাট পেস্ট করো অথবা এক্সপোর্ট করা চ্যাটের ফাইল বেছে নাও। সজাগ গ্রুমিং, ব্ল্যাকমেইল আর বুলিংয়ের বিপদ-চিহ্ন খোঁজে, আর প্রতিটা কেন গুরুত্বপূর্ণ তা বলে। তুমি যা পাঠাও তার কিছুই জমা রাখা হয় না: চ্যাটটা যাচাই করে ভুলে যাওয়া হয়।"),
        ["check.paste"] = ("Paste the chat here", "চ্যাটটা এখানে পেস্ট করো"),
        ["check.paste.hint"] = ("One message per line, like: Name: message", "প্রতি লাইনে একটা মেসেজ, যেমন: নাম: মেসেজ"),
        ["check.file"] = ("Or choose a chat file", "অথবা চ্যাটের ফাইল বেছে নাও"),
        ["check.file.hint"] = ("WhatsApp .txt or .zip (Export chat, without media), Messenger or Instagram message_1.json, Telegram result.json. At most 10 MB.", "হোয়াটসঅ্যাপের .txt বা .zip (Export chat, মিডিয়া ছাড়া), মেসেঞ্জার বা ইনস্টাগ্রামের message_1.json, টেলিগ্রামের result.json। সর্বোচ্চ ১০ MB।"),
        ["check.me"] = ("Your name in the chat (if you know it)", "চ্যাটে তোমার নাম (জানা থাকলে)"),
        ["check.lang"] = ("Show the result in", "ফলাফল দেখাও"),
        ["check.submit"] = ("Check this chat", "চ্যাটটা যাচাই করো"),
        ["check.again"] = ("Check another chat", "আরেকটা চ্যাট যাচাই করো"),
        ["check.who"] = ("Which one is you?", "এদের মধ্যে তুমি কে?"),
        ["check.who.hint"] = ("Choose your own name, so Sajag looks at what the others wrote to you.", "তোমার নিজের নামটা বেছে নাও, যাতে সজাগ দেখতে পারে অন্যরা তোমাকে কী লিখেছে।"),
        ["check.who.change"] = ("Not you? Choose your name", "এটা তুমি নও? তোমার নাম বেছে নাও"),
        ["check.who.submit"] = ("Check as this person", "এই নামে যাচাই করো"),
        ["check.result"] = ("Result", "ফলাফল"),
        ["check.checked"] = ("Checked {0} messages as {1}.", "{1} হিসেবে {0}টি মেসেজ যাচাই করা হয়েছে।"),
        ["check.checked.nobody"] = ("Checked {0} messages. The chat names nobody, so every message is taken as written to you.", "{0}টি মেসেজ যাচাই করা হয়েছে। চ্যাটে কারো নাম নেই, তাই সব মেসেজ তোমাকে লেখা ধরা হয়েছে।"),
        ["check.signs"] = ("What we found", "আমরা যা পেয়েছি"),
        ["check.message"] = ("Message {0} from {1}", "{1}-এর {0} নম্বর মেসেজ"),
        ["check.message.unnamed"] = ("Message {0}", "{0} নম্বর মেসেজ"),
        ["check.cue"] = ("The words that showed it", "যে কথাগুলো থেকে বোঝা গেল"),
        ["check.lesson"] = ("Learn more", "আরো জানো"),
        ["check.stages"] = ("How the chat moved", "চ্যাটটা যেভাবে এগিয়েছে"),
        ["check.now"] = ("What to do now", "এখন কী করবে"),
        ["check.helplines"] = ("Free helplines", "বিনা খরচের হেল্পলাইন"),
        ["check.takeitdown"] = ("Take It Down: stop a picture of you spreading", "Take It Down: তোমার ছবি ছড়ানো ঠেকাও"),
        ["check.more.signs"] = ("and {0} more signs", "আরো {0}টি চিহ্ন"),
        ["check.error.title"] = ("We could not check this", "এটা যাচাই করা গেল না"),
        ["check.error.nothing"] = ("Paste a chat or choose a file first.", "আগে একটা চ্যাট পেস্ট করো অথবা একটা ফাইল বেছে নাও।"),
        ["check.error.too-large"] = ("The file is too big. The largest chat Sajag can check is 10 MB: export the chat without media.", "ফাইলটা অনেক বড়। সজাগ সর্বোচ্চ ১০ MB-এর চ্যাট যাচাই করতে পারে: মিডিয়া ছাড়া চ্যাট এক্সপোর্ট করো।"),
        ["check.error.empty"] = ("The file or text is empty.", "ফাইল বা লেখাটা ফাঁকা।"),
        ["check.error.binary"] = ("This is not a chat text file. Export the chat as .txt (or Messenger/Telegram .json) and try again.", "এটা চ্যাটের লেখা না। চ্যাটটা .txt (বা মেসেঞ্জার/টেলিগ্রামের .json) হিসেবে এক্সপোর্ট করে আবার চেষ্টা করো।"),
        ["check.error.image"] = ("This is a picture or document, not a chat. Sajag never looks at pictures. Export the chat as text.", "এটা একটা ছবি বা ডকুমেন্ট, চ্যাট না। সজাগ কখনো ছবি দেখে না। চ্যাটটা লেখা হিসেবে এক্সপোর্ট করো।"),
        ["check.error.bijoy"] = ("This text was typed with the old Bijoy keyboard, so it looks like \"Avwg †Zvgv‡K\" instead of Bangla, and Sajag cannot read it. Convert it to Unicode first (a Bijoy-to-Unicode converter), or type with Avro, Gboard or Ridmik.", "এই লেখা পুরনো বিজয় কিবোর্ডে টাইপ করা, তাই বাংলার বদলে \"Avwg †Zvgv‡K\"-এর মতো দেখায়, আর সজাগ এটা পড়তে পারে না। আগে বিজয় থেকে ইউনিকোডে রূপান্তর করো, অথবা অভ্র, জিবোর্ড বা রিদমিক দিয়ে টাইপ করো।"),
        ["check.error.zip"] = ("This .zip could not be used: it has too many files, unpacks too big, or holds no single chat. Export one chat without media.", "এই .zip ব্যবহার করা গেল না: এতে অনেক বেশি ফাইল, খুললে অনেক বড়, অথবা একটা চ্যাট নেই। মিডিয়া ছাড়া একটা চ্যাট এক্সপোর্ট করো।"),
        ["check.error.json"] = ("This JSON file is not a chat Sajag knows. Use Messenger or Instagram's message_1.json or Telegram's result.json.", "এই JSON ফাইলটা সজাগের চেনা চ্যাট না। মেসেঞ্জার বা ইনস্টাগ্রামের message_1.json অথবা টেলিগ্রামের result.json দাও।"),
        ["check.error.no-messages"] = ("No messages were found in it.", "এতে কোনো মেসেজ পাওয়া যায়নি।"),
        ["check.error.me"] = ("That name is not in the chat. Choose your name from the list.", "এই নাম চ্যাটে নেই। তালিকা থেকে তোমার নাম বেছে নাও।"),
        ["check.error.form"] = ("The form was too old or came from elsewhere. Please try again.", "ফর্মটা অনেক পুরনো বা অন্য কোথাও থেকে এসেছে। আবার চেষ্টা করো।"),
        ["home.check.title"] = ("Check a chat", "চ্যাট যাচাই করো"),
        ["home.check.text"] = ("Worried about a chat? See its warning signs and what to do. Nothing is saved.", "কোনো চ্যাট নিয়ে দুশ্চিন্তা? এর বিপদ-চিহ্ন আর কী করতে হবে দেখো। কিছুই জমা রাখা হয় না।"),
        ["help.check"] = ("Not sure about a chat? Check it for warning signs", "কোনো চ্যাট নিয়ে নিশ্চিত নও? বিপদ-চিহ্ন আছে কিনা যাচাই করো"),
    };
}
