using System.Diagnostics;
using Sajag.Safety.Check;

namespace Sajag.Safety.Tests.Check;

public sealed class FindingsTests
{
    private static SignFinding Finding(string code, int message) => new(code, message, "Ghost", "text", "cue", "sign." + code);

    [Fact]
    public void ASignIsKeptOncePerMessage_AndTheLatestMessagesFindingsComeInOrder()
    {
        var findings = new Findings();

        Assert.True(findings.Add(Finding(Signs.Secrecy, 0)));
        Assert.False(findings.Add(Finding(Signs.Secrecy, 0)));
        Assert.True(findings.Add(Finding(Signs.Secrecy, 1)));
        Assert.True(findings.Add(Finding(Signs.ImageRequest, 1)));

        Assert.Equal(3, findings.Count);
        Assert.Equal([Signs.Secrecy, Signs.ImageRequest], findings.In(1).Select(f => f.Code));
        Assert.Empty(findings.In(2));
    }

    [Fact]
    public void HalfAMillionFindings_AreAddedInLinearTime()
    {
        // The old check scanned every finding on each add: 500,000 adds were 10^11 comparisons (hours). Linear is well under a second.
        var findings = new Findings();
        var codes = new[] { Signs.Secrecy, Signs.ImageRequest, Signs.Secrecy };
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 500_000; i++)
        {
            findings.Add(Finding(codes[i % 3], i / 3));
            _ = findings.In(i / 3).Count;
        }

        Assert.Equal(333_334, findings.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void ALongRiskyChat_KeepsTheFirstFindingsWhole_AndCountsTheRest()
    {
        // Memory stays flat however many signs a chat has: the first MaxKept are listed, every one is counted.
        var findings = new Findings();
        for (var i = 0; i < 10_000; i++)
        {
            findings.Add(Finding(i % 2 == 0 ? Signs.BullyingInsult : Signs.Secrecy, i) with { Text = new string('x', 5000) });
        }

        Assert.Equal(10_000, findings.Count);
        Assert.Equal(Findings.MaxKept, findings.Kept.Count);
        Assert.Equal(5_000, findings.InsultMessages);
        Assert.Equal([Signs.BullyingInsult, Signs.Secrecy], findings.Codes.Order(StringComparer.Ordinal));
        Assert.All(findings.Kept, f => Assert.True(f.Text.Length <= Findings.MaxText + 1));
        Assert.Equal(Enumerable.Range(0, Findings.MaxKept), findings.Kept.Select(f => f.Message));
    }
}
