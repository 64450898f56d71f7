namespace Sajag.Web.Features.Adults;

/// <summary>The interface words around the guides for adults and the glossary, in English and Bangla.</summary>
internal static class AdultsText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["adults.foot"] = ("For parents and teachers", "মা-বাবা ও শিক্ষকদের জন্য"),
        ["adults.disclosure"] = ("If a young person tells you: what to do", "কোনো কিশোর-কিশোরী কিছু বললে কী করবেন"),
        ["adults.glossary"] = ("Words used in Sajag", "সজাগে ব্যবহৃত শব্দ"),
        ["adults.print"] = ("Print", "প্রিন্ট করুন"),
        ["adults.print.hint"] = ("It prints on A4 paper.", "এটা A4 কাগজে প্রিন্ট হয়।"),
        ["adults.review"] = ("Draft: this guidance waits for review by an NGO's safeguarding lead before use.", "খসড়া: ব্যবহারের আগে কোনো এনজিওর সুরক্ষা-দায়িত্বে থাকা ব্যক্তির এটা যাচাই করে দেখা বাকি।"),
        ["adults.contents"] = ("On this page", "এই পাতায়"),
        ["staff.nav.label"] = ("Staff", "কর্মীদের মেনু"),
        ["staff.nav.disclosure"] = ("If a child tells you", "শিশু কিছু বললে"),
        ["staff.nav.guide"] = ("Facilitator's guide", "সহায়কের নির্দেশিকা"),
        ["guide.notes"] = ("Notes for the discussion cards", "আলোচনার কার্ডের নোট"),
        ["guide.notes.hint"] = ("For you only: what a good discussion of each card reaches. They never appear on students' phones, on the projector or on printed cards.", "শুধু আপনার জন্য: প্রতিটা কার্ডের ভালো আলোচনা কোথায় পৌঁছায়। এগুলো কখনো শিক্ষার্থীদের ফোনে, প্রজেক্টরে বা প্রিন্ট করা কার্ডে দেখা যায় না।"),
        ["guide.discuss"] = ("Discuss & Rethink", "আলোচনা করো, নতুন করে ভাবো"),
        ["glossary.title"] = ("Words to know", "যে শব্দগুলো জানা দরকার"),
        ["glossary.intro"] = ("The words Sajag uses for these ideas, in plain language. Each lesson links a word the first time it comes up.", "এই ভাবনাগুলোর জন্য সজাগ যে শব্দগুলো ব্যবহার করে, সহজ ভাষায়। প্রতিটা শব্দ প্রথম যে পাঠে আসে, সেখান থেকে এখানে লিংক দেওয়া আছে।"),
    };
}
