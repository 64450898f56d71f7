using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using QRCoder;
using Sajag.Data;
using Sajag.Web.Infrastructure;

namespace Sajag.Web.Features.Live;

[Authorize(Policy = LiveSetup.FacilitatorPolicy)]
public sealed class SessionModel(SajagDb db, IServer server, IOptions<LiveOptions> options) : PageModel
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public bool Projector { get; private set; }

    /// <summary>Where phones reach this app: the LAN address when the page was opened at localhost on the school laptop.</summary>
    public string JoinBase { get; private set; } = "";

    /// <summary>The laptop's other LAN addresses, for a room whose phones are on another of its networks.</summary>
    public IReadOnlyList<string> OtherBases { get; private set; } = [];

    public string JoinHost => $"{new Uri(JoinBase).Authority}/join";

    public string JoinUrl => $"{JoinBase}/join?code={Code}";

    public string QrDataUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(Guid id, string? view)
    {
        var me = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var session = await db.LiveSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id && s.FacilitatorId == me);
        if (session is null || view is not (null or "projector"))
        {
            return NotFound();
        }

        (Id, Code, Projector) = (session.Id, session.Code, view == "projector");
        if (options.Value.PublicUrl is { Length: > 0 } configured)
        {
            JoinBase = configured.TrimEnd('/');
        }
        else
        {
            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var lan = JoinAddress.Rank(JoinAddress.OfThisMachine());
            var (port, local) = (Request.Host.Port, HttpContext.Connection.LocalPort);
            JoinBase = JoinAddress.BaseUrl(Request.Scheme, Request.Host.Host, port, local, listening, lan);
            if (lan.Count > 0 && JoinBase.Contains(lan[0].ToString(), StringComparison.Ordinal))
            {
                OtherBases = lan.Skip(1).Select(a => JoinAddress.BaseUrl(Request.Scheme, "localhost", port, local, ["http://*"], [a])).ToList();
            }
        }

        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(JoinUrl, QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        return Page();
    }
}
