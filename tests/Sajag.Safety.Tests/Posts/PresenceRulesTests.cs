using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>Ages, live locations, handles, links and one-word school names as issue 12 quotes them, and look-alikes that stay unmarked.</summary>
public sealed class PresenceRulesTests
{
    public static TheoryData<string, string, string> Marked => new()
    {
        { "Nabil Hasan, 16, Dhaka College", "age", "16" },
        { "আজ আমার ১৬ বছর পূর্ণ হলো", "age", "১৬ বছর" },
        { "ajke 15 hoye gelam!!", "age", "15 hoye gelam" },
        { "at Bashundhara City mall right now", "location", "Bashundhara City mall" },
        { "Waiting outside the Motijheel Ideal School gate", "school", "Motijheel Ideal School" },
        { "হলি ক্রস স্কুলের গেটে দাঁড়িয়ে আছি", "school", "হলি ক্রস স্কুলের" },
        { "এখন বসুন্ধরা সিটির সামনে দাঁড়িয়ে আছি", "location", "বসুন্ধরা সিটির" },
        { "follow me @rafi_2009 for more", "handle", "@rafi_2009" },
        { "my insta: instagram.com/rafi_2009", "link", "instagram.com/rafi_2009" },
        { "proud student of Viqarunnisa", "school", "Viqarunnisa" },
        { "call me on 0l7l2-345678", "phone", "0l7l2-345678" },
    };

    public static TheoryData<string> Unmarked => new()
    {
        "We have lived here for 12 years now",
        "৩ বছর আগে আমরা সিলেটে গিয়েছিলাম",
        "5 bochor dhore gaan shikhi",
        "at home right now, so bored",
        "ভালো আছি, তুমি কেমন আছো?",
        "Call the Child Helpline 1098 if you need help",
    };

    [Theory]
    [MemberData(nameof(Marked))]
    public void Find_MarksTheDetail(string draft, string kind, string marked)
    {
        var found = PersonalDetailFinder.Find(draft, FixedDate.Today);

        Assert.Contains(found, d => d.Code == kind && d.Text == marked);
    }

    [Theory]
    [MemberData(nameof(Unmarked))]
    public void Find_LeavesItUnmarked(string draft)
    {
        Assert.Empty(PersonalDetailFinder.Find(draft, FixedDate.Today));
    }
}
