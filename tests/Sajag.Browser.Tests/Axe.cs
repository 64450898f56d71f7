using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

internal static class Axe
{
    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public static async Task AssertCleanAsync(IPage page)
    {
        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
    }
}
