using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>A class named as a curriculum, a brand's handle and an opposing team's school are not the writer's details; look-alikes stay marked.</summary>
public sealed class NotTheWritersTests
{
    public static TheoryData<string> Unmarked => new()
    {
        "class 8 syllabus is too long this year",
        "Selling class 10 books, all for 900tk",
        "class 9 er physics boi ta kothay pabo?",
        "ক্লাস নাইনের বই কিনলাম আজ",
        "follow @foodpanda_bd for the eid voucher",
        "@GrameenphoneOfficial network down again 😤",
        "our team lost against Holy Cross, next time!",
    };

    public static TheoryData<string, string, string> Marked => new()
    {
        { "I'm in class 8, anyone else?", "class", "class 8" },
        { "class 9 e pori, roll 14", "class", "class 9" },
        { "follow me @foodpanda_lover_09", "handle", "@foodpanda_lover_09" },
        { "Holy Cross e pori, first day today", "school", "Holy Cross" },
        { "Tanvir Hossain 10A Motijheel Ideal School", "class", "10A" },
        { "Tanvir Hossain 10A Motijheel Ideal School", "full-name", "Tanvir Hossain" },
        { "Ideal School er science fair e amra", "school", "Ideal School" },
    };

    [Theory]
    [MemberData(nameof(Unmarked))]
    public void Find_WithADetailThatIsNotTheWriters_MarksNothing(string draft)
    {
        Assert.Empty(PersonalDetailFinder.Find(draft, FixedDate.Today));
    }

    [Theory]
    [MemberData(nameof(Marked))]
    public void Find_WithTheWritersOwnDetail_MarksIt(string draft, string kind, string text)
    {
        Assert.Contains(PersonalDetailFinder.Find(draft, FixedDate.Today), d => d.Code == kind && d.Text == text);
    }
}
