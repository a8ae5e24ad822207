namespace Dashboard.Data.Tests.Analysis;

/// <summary>
/// Short reports, written for the tests, of one refusal and one later opening on the Lunar Gateway:
/// two outlets give the refusal (one cluster), a third the opening (one finding against it), and a
/// fourth gives the refusal a day earlier, which changes the cluster's and the finding's first statement
/// and so their keys.
/// </summary>
internal static class GatewayReports
{
    public const string Tass = "title: Roscosmos on the lunar station\noutlet: TASS\ndate: 2022-07-26\n\n\"We will not take part in the Lunar Gateway, this decision has been made and it is final,\" Yuri Borisov told a press conference in Moscow on Tuesday.\n";
    public const string Interfax = "title: Borisov rules out the Gateway\noutlet: Interfax\ndate: 2022-07-26\n\n\"We will not participate in the Lunar Gateway, this decision has been taken and it is final,\" Yuri Borisov said at a press conference in Moscow.\n";
    public const string Ria = "title: Roscosmos open to lunar talks\noutlet: RIA Novosti\ndate: 2023-03-01\n\nYuri Borisov said Roscosmos was ready to continue the dialogue with NASA on the Lunar Gateway.\n";
    public const string Izvestia = "title: No Gateway for Russia\noutlet: Izvestia\ndate: 2022-07-25\n\n\"We will not take part in the Lunar Gateway; the decision has been made and it is final,\" Yuri Borisov told journalists in Moscow.\n";
}
