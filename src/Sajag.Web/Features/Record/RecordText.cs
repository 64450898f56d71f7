namespace Sajag.Web.Features.Record;

/// <summary>The interface words of the safe record, in English and Bangla.</summary>
internal static class RecordText
{
    // {0} is the child helpline's number and {1} the emergency number, from the content pack (PackCatalog.HelpNumbers).
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["record.title"] = ("Keep a safe record", "নিরাপদে একটা রেকর্ড রাখো"),
        ["record.warning"] = (
            "Do not save, screenshot or send a nude or sexual picture, not even as proof: write down where it is instead (which app, which chat, and when). If a picture of you is on your phone, you have done nothing wrong. Take It Down can use it on your phone without it leaving (takeitdown.ncmec.org); then delete the picture, but keep the chat.",
            "কোনো নগ্ন বা যৌন ছবি সেভ, স্ক্রিনশট বা কাউকে পাঠাবে না, প্রমাণ হিসেবেও না: তার বদলে লিখে রাখো ছবিটা কোথায় আছে (কোন অ্যাপে, কোন চ্যাটে, আর কবে)। তোমার নিজের এমন ছবি ফোনে থাকলে তুমি কোনো অন্যায় করোনি। Take It Down ছবিটা ফোন থেকে কোথাও না পাঠিয়েই কাজ করতে পারে (takeitdown.ncmec.org); তারপর ছবিটা মুছে দাও, কিন্তু চ্যাটটা রেখে দাও।"),
        ["record.intro"] = (
            "Write down what happened, as text. It stays on this phone only: Sajag does not send it anywhere. Then show it to a trusted adult, the Child Helpline {0} or the police.",
            "যা ঘটেছে তা লিখে রাখো, শুধু লেখা হিসেবে। এটা শুধু এই ফোনেই থাকে: সজাগ এটা কোথাও পাঠায় না। তারপর ভরসার কোনো বড় মানুষ, চাইল্ড হেল্পলাইন {0} বা পুলিশকে দেখাও।"),
        ["record.shared"] = (
            "On a shared phone, anyone who opens this browser can read this record. When you have shown it to someone you trust, delete it. A downloaded or printed copy stays in Downloads: delete it there too.",
            "ফোনটা অন্যরাও ব্যবহার করলে, এই ব্রাউজার খুললেই যে কেউ এই রেকর্ড পড়তে পারবে। ভরসার কাউকে দেখানো হয়ে গেলে এটা মুছে দাও। ডাউনলোড বা প্রিন্ট করা কপি Downloads-এ থেকে যায়: সেখান থেকেও মুছে দিও।"),
        ["record.nojs"] = (
            "Keeping this record on your phone needs JavaScript, which is off. You can still write these things down on paper.",
            "এই রেকর্ড ফোনে রাখতে জাভাস্ক্রিপ্ট লাগে, যেটা এখন বন্ধ। তবুও তুমি এগুলো কাগজে লিখে রাখতে পারো।"),
        ["record.form"] = ("What happened", "কী ঘটেছে"),
        ["record.platform"] = ("Which app or website", "কোন অ্যাপ বা ওয়েবসাইট"),
        ["record.platform.hint"] = ("For example Facebook, Messenger, Instagram, WhatsApp, IMO, TikTok or a game chat.", "যেমন ফেসবুক, মেসেঞ্জার, ইনস্টাগ্রাম, হোয়াটসঅ্যাপ, ইমো, টিকটক বা কোনো গেমের চ্যাট।"),
        ["record.username"] = ("Their username or name on that app", "ওই অ্যাপে তাদের ইউজারনেম বা নাম"),
        ["record.profile"] = ("Link to their profile", "তাদের প্রোফাইলের লিংক"),
        ["record.profile.hint"] = ("Open their profile, copy its link (from Share or the address bar) and paste it here.", "তাদের প্রোফাইল খোলো, লিংকটা কপি করো (Share থেকে বা অ্যাড্রেস বার থেকে), তারপর এখানে পেস্ট করো।"),
        ["record.when"] = ("Dates and times", "তারিখ ও সময়"),
        ["record.when.hint"] = ("When they wrote to you, threatened you or asked for something. One on each line.", "কখন তারা তোমাকে লিখেছে, হুমকি দিয়েছে বা কিছু চেয়েছে। প্রতি লাইনে একটা।"),
        ["record.when.now"] = ("Add the date and time now", "এখনকার তারিখ ও সময় যোগ করো"),
        ["record.words"] = ("The words of their threats or demands", "তাদের হুমকি বা দাবির কথাগুলো"),
        ["record.words.hint"] = ("Copy their exact words, or type them just as they wrote them.", "তাদের কথাগুলো হুবহু কপি করো, অথবা যেভাবে লিখেছে ঠিক সেভাবে টাইপ করো।"),
        ["record.payment"] = ("Payment numbers or accounts they asked you to use", "টাকা পাঠাতে তারা যে নম্বর বা অ্যাকাউন্ট দিয়েছে"),
        ["record.payment.hint"] = ("For example a bKash, Nagad or Rocket number, or an account name.", "যেমন বিকাশ, নগদ বা রকেট নম্বর, বা কোনো অ্যাকাউন্টের নাম।"),
        ["record.images"] = ("Where the images are (no images here)", "ছবিগুলো কোথায় আছে (ছবি এখানে নয়)"),
        ["record.images.hint"] = ("Which chat or account has them, and when they were sent. Do not copy the images.", "কোন চ্যাটে বা অ্যাকাউন্টে আছে, আর কবে পাঠানো হয়েছিল। ছবিগুলো কপি করবে না।"),
        ["record.done"] = ("What you have already done", "তুমি এর মধ্যে যা করেছ"),
        ["record.done.stopped"] = ("Stopped replying", "উত্তর দেওয়া বন্ধ করেছি"),
        ["record.done.blocked"] = ("Blocked them", "ব্লক করেছি"),
        ["record.done.reported"] = ("Reported them on the app", "অ্যাপে রিপোর্ট করেছি"),
        ["record.done.adult"] = ("Told a trusted adult", "ভরসার কোনো বড় মানুষকে বলেছি"),
        ["record.done.helpline"] = ("Called {0}, {1} or the police", "{0}, {1} বা পুলিশকে ফোন করেছি"),
        ["record.done.paid"] = ("Paid them money", "তাদের টাকা দিয়েছি"),
        ["record.other"] = ("Anything else you did or want to say", "আর যা করেছ বা বলতে চাও"),
        ["record.saved"] = ("Saved on this phone only.", "শুধু এই ফোনে সেভ হয়েছে।"),
        ["record.delete"] = ("Delete this record", "এই রেকর্ড মুছে দাও"),
        ["record.delete.confirm"] = ("Delete this record from this phone? It cannot be brought back.", "এই ফোন থেকে রেকর্ডটা মুছে দেবে? মুছলে আর ফেরত আনা যাবে না।"),
        ["record.deleted"] = ("The record has been deleted from this phone.", "রেকর্ডটা এই ফোন থেকে মুছে ফেলা হয়েছে।"),
        ["record.export"] = ("Show it to someone you trust", "ভরসার কাউকে দেখাও"),
        ["record.export.text"] = (
            "Print it, or save it as a file. The file carries a fingerprint (SHA-256) of what it says and of the time it was made: if anyone changes the file, the fingerprint no longer matches.",
            "প্রিন্ট করো, অথবা ফাইল হিসেবে সেভ করো। ফাইলে একটা হ্যাশ (SHA-256, আঙুলের ছাপের মতো একটা কোড) থাকে, যা এর লেখা আর বানানোর সময় থেকে তৈরি: কেউ ফাইলটা বদলালে হ্যাশ আর মিলবে না।"),
        ["record.print"] = ("Print or save as PDF", "প্রিন্ট করো বা PDF হিসেবে সেভ করো"),
        ["record.download"] = ("Save as a file", "ফাইল হিসেবে সেভ করো"),
        ["record.empty"] = ("The record is empty. Write down what happened first.", "রেকর্ডটা খালি। আগে কী ঘটেছে তা লিখে রাখো।"),
        ["record.print.title"] = ("Record of what happened", "যা ঘটেছে তার রেকর্ড"),
        ["record.made"] = ("Made", "তৈরির সময়"),
        ["record.fingerprint"] = ("Fingerprint (SHA-256)", "হ্যাশ (SHA-256)"),
        ["record.verify"] = ("Check a record file", "রেকর্ড ফাইল যাচাই করো"),
        ["record.verify.text"] = (
            "Choose a record file that Sajag made to see whether it was changed. The fingerprint shows whether the file was changed; it does not prove who wrote it.",
            "সজাগের বানানো কোনো রেকর্ড ফাইল বেছে নাও, দেখো সেটা বদলানো হয়েছে কি না। হ্যাশ দেখায় ফাইলটা বদলানো হয়েছে কি না; কে লিখেছে তা প্রমাণ করে না।"),
        ["record.verify.choose"] = ("Choose a record file", "রেকর্ড ফাইল বেছে নাও"),
        ["record.verify.ok"] = ("The fingerprint matches: this file has not been changed since it was made on", "হ্যাশ মিলেছে: ফাইলটা বানানোর পর থেকে বদলানো হয়নি। বানানো হয়েছিল"),
        ["record.verify.changed"] = ("The fingerprint does not match: this file was changed after it was made.", "হ্যাশ মেলেনি: ফাইলটা বানানোর পরে বদলানো হয়েছে।"),
        ["record.verify.bad"] = ("This is not a record file made by Sajag.", "এটা সজাগের বানানো কোনো রেকর্ড ফাইল নয়।"),
    };
}
