using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Sajag.Browser.Tests;

internal static class Axe
{
    /// <summary>axe-core on the page as it is now: no serious or critical violation.</summary>
    public static async Task AssertCleanAsync(IPage page, string? what = null)
    {
        var results = await page.RunAxe();

        var serious = results.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target))}")
            .ToList();
        Assert.True(serious.Count == 0, (what is null ? "" : what + ": ") + string.Join("\n", serious));
    }

    /// <summary>axe-core clean, and no sideways scrolling at the page's viewport width.</summary>
    public static async Task AssertCleanAndFitsAsync(IPage page, string what)
    {
        await AssertCleanAsync(page, what);
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= (page.ViewportSize?.Width ?? 1280), $"{what} is {width}px wide");
    }
}
