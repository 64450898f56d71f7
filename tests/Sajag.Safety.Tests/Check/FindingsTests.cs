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
            _ = findings.In(i / 3).Count();
        }

        Assert.Equal(333_334, findings.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
