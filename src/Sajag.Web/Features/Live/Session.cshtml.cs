using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using QRCoder;
using Sajag.Data;

namespace Sajag.Web.Features.Live;

[Authorize(Policy = LiveSetup.FacilitatorPolicy)]
public sealed class SessionModel(SajagDb db) : PageModel
{
    public Guid Id { get; private set; }

    public string Code { get; private set; } = "";

    public bool Projector { get; private set; }

    public string JoinHost => $"{Request.Host}/join";

    public string JoinUrl => $"{Request.Scheme}://{Request.Host}/join?code={Code}";

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
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(JoinUrl, QRCodeGenerator.ECCLevel.M);
        QrDataUri = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
        return Page();
    }
}
