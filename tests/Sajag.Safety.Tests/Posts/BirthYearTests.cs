using Sajag.Safety.Posts;

namespace Sajag.Safety.Tests.Posts;

/// <summary>A whole date with no cue is a birthday when its year is a young person's birth year, judged by the caller's date.</summary>
public sealed class BirthYearTests
{
    // Each date is 15 years before the caller's date but not a young person's birth year by the machine's clock in 2026 or any
    // year near it: a finder that reads the machine's clock finds nothing here.
    [Theory]
    [InlineData("Nafisa Tabassum Mou 🦋 2 January 2030", "2 January 2030", 2045)]
    [InlineData("Nafisa Tabassum Mou 🦋 2 January 1995", "2 January 1995", 2010)]
    [InlineData("রিয়া 🌸 ১২ মার্চ ২০৩০", "১২ মার্চ ২০৩০", 2045)]
    public void Find_JudgesABirthYearByTheCallersDate(string draft, string date, int year)
    {
        Assert.Contains(PersonalDetailFinder.Find(draft, new DateOnly(year, 6, 1)), d => d.Code == "birth-date" && d.Text == date);
        Assert.DoesNotContain(PersonalDetailFinder.Find(draft, new DateOnly(year + 20, 6, 1)), d => d.Code == "birth-date");
    }

    [Fact]
    public void Find_WithACueBesideTheDate_FindsTheBirthdayWhateverTheYear() =>
        Assert.Contains(PersonalDetailFinder.Find("born on 2 January 1960", FixedDate.Today), d => d.Code == "birth-date" && d.Text == "2 January 1960");
}
