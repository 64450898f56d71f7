namespace Sajag.Web.Features.Learn;

/// <summary>The interface words of the Learn pages, in English and Bangla.</summary>
internal static class LearnText
{
    public static readonly IReadOnlyDictionary<string, (string En, string Bn)> Entries = new Dictionary<string, (string En, string Bn)>
    {
        ["learn.title"] = ("Learn", "শেখো"),
        ["learn.intro"] = ("Eight topics from a programme in which about 226 girls and boys from schools in Dhaka and Satkhira took part. Each ends with questions to discuss and rethink.", "ঢাকা ও সাতক্ষীরার স্কুলের প্রায় ২২৬ জন ছেলেমেয়ে যে কর্মসূচিতে অংশ নিয়েছিল, তার আটটি বিষয়। প্রতিটির শেষে আলোচনা করার আর নতুন করে ভাবার প্রশ্ন আছে।"),
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
    };
}
