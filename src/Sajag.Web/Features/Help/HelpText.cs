namespace Sajag.Web.Features.Help;

/// <summary>The interface words of the Help pages, in English and Bangla.</summary>
internal static class HelpText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["help.title"] = ("Get help", "সাহায্য নাও"),
        ["help.intro"] = ("You are not alone, and it is not your fault. These services are for you.", "তুমি একা নও, আর এটা তোমার দোষ নয়। এই সেবাগুলো তোমার জন্যই।"),
        ["help.lines"] = ("Helplines", "হেল্পলাইন"),
        ["help.call"] = ("Call", "কল করো"),
        ["help.open"] = ("Open", "খোলো"),
        ["help.email"] = ("Email", "ইমেইল করো"),
        ["help.for"] = ("For", "কাদের জন্য"),
        ["help.hours"] = ("When", "কখন"),
        ["help.contact"] = ("How to reach them", "কীভাবে যোগাযোগ করবে"),
        ["help.cost"] = ("Cost", "খরচ"),
        ["help.checked"] = ("Checked", "যাচাই করা হয়েছে"),
        ["help.record"] = ("Write down what happened, as text: the username, profile link, dates and times, the exact words of threats or demands, and any payment number they gave. Never save, screenshot or send a nude or sexual image, even as proof.", "যা ঘটেছে তা লিখে রাখো: ইউজারনেম, প্রোফাইল লিংক, তারিখ ও সময়, হুমকি বা দাবির হুবহু কথা, আর তারা কোনো পেমেন্ট নম্বর দিলে সেটা। কোনো নগ্ন বা যৌন ছবি কখনো সেভ, স্ক্রিনশট বা পাঠাবে না, প্রমাণ হিসেবেও না।"),
        ["help.threatened.open"] = ("What to do, step by step", "ধাপে ধাপে কী করবে"),
        ["threatened.intro"] = ("You are not alone, and it is not your fault. Do these things now:", "তুমি একা নও, আর এটা তোমার দোষ নয়। এখনই এগুলো করো:"),
        ["threatened.next"] = ("Then", "তারপর"),
        ["threatened.call"] = ("Talk to someone now", "এখনই কারো সাথে কথা বলো"),
        ["threatened.record.title"] = ("Keep a safe record", "নিরাপদে একটা রেকর্ড রাখো"),
        ["threatened.record.text"] = ("Write down what happened, as text, on this phone only.", "যা ঘটেছে তা লিখে রাখো, শুধু লেখা হিসেবে, শুধু এই ফোনে।"),
        ["threatened.check.title"] = ("Check the conversation", "কথোপকথন যাচাই করো"),
        ["threatened.check.text"] = ("Paste the chat to see the warning signs in it, and what they mean.", "চ্যাটটা পেস্ট করে দেখো এতে কোন কোন সতর্ক সংকেত আছে, আর সেগুলোর মানে কী।"),
        ["threatened.images.text"] = ("Take It Down can help stop a nude or sexual image of you from being shared.", "তোমার কোনো নগ্ন বা যৌন ছবি ছড়ানো ঠেকাতে Take It Down সাহায্য করতে পারে।"),
        ["threatened.more"] = ("All helplines and help", "সব হেল্পলাইন আর সাহায্য"),
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
    };
}
