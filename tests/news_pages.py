"""Article texts and HTML pages written for the archive, news-please and feed tests, and a local HTTP server.

The stories are invented for these tests (no evaluation text). Three are English, one of them dense with
foreign names; three are Spanish, French and German, for the language rule.
"""

from __future__ import annotations

import html
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ENGLISH = {
    "harbour": ("Ferry operators strike over port fees",
                "Ferry crews in the northern harbour stopped work on Monday after the port authority raised "
                "docking fees for the second time this year. The union said the walkout would last until the "
                "authority agreed to meet its leaders. Passengers waited for hours at the terminal, and the "
                "transport minister urged both sides to return to talks before the holiday weekend."),
    "drought": ("Farmers ask for relief as drought deepens",
                "Farmers in the dry southern provinces asked the government on Tuesday for emergency loans, "
                "saying that three months without rain had ruined most of the maize harvest. The agriculture "
                "ministry promised to send water trucks to the worst-hit villages and said it would review the "
                "request for credit by the end of the month."),
    "names": ("Envoys meet in Ouagadougou",
              "Jean-Baptiste Ouedraogo, Nkosazana Dlamini-Zuma and Javier Hernandez de la Fuente met Oumarou "
              "Idrissa Maiga and Thandiwe Mkhabela-Nkosi in Ouagadougou on Wednesday. They agreed to keep the "
              "border with Bobo-Dioulasso open and to meet again in Niamey next month, said Aissata Toure "
              "Diallo, who chaired the session for the Ecowas commission."),
}

FOREIGN = {
    "es": ("Los pescadores protestan por las nuevas cuotas",
           "Cientos de pescadores bloquearon el puerto durante la mañana del lunes para protestar contra las "
           "nuevas cuotas de captura. El gobierno regional dijo que las medidas son necesarias para proteger "
           "las especies que están en peligro, pero los sindicatos piden que se retrasen hasta el próximo año."),
    "fr": ("Les enseignants manifestent contre la réforme",
           "Des milliers d'enseignants ont défilé mardi dans les rues de la capitale pour dénoncer la réforme "
           "des programmes scolaires. Le ministre a déclaré qu'il était prêt à recevoir les syndicats la semaine "
           "prochaine, mais il a refusé de retirer le texte avant le vote des députés."),
    "de": ("Landwirte fordern Hilfe nach dem Hochwasser",
           "Nach dem schweren Hochwasser der vergangenen Woche haben die Landwirte der Region am Donnerstag "
           "schnelle Hilfe von der Regierung gefordert. Viele Felder stehen noch immer unter Wasser, und die "
           "Ernte ist nach Angaben des Bauernverbandes in mehreren Gemeinden fast vollständig verloren."),
}


def page(title: str, body: str, *, date: str | None = None, lang: str = "en", site: str = "Test Gazette") -> str:
    """An article page with navigation, scripts and a footer around the story (as real sites have)."""
    meta = f'<meta name="date" content="{date}">' if date else ""
    paragraphs = "".join(f"<p>{html.escape(s.strip())}.</p>" for s in body.split(". ") if s.strip(". "))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f'<meta property="og:site_name" content="{site}">{meta}'
            '<script>var tracker = 1;</script></head><body>'
            '<nav><a href="/">Home</a> | <a href="/world">World</a></nav>'
            f'<article><h1>{html.escape(title)}</h1>{paragraphs}</article>'
            '<footer>Cookie notice and copyright line.</footer></body></html>')


class Site:
    """A local HTTP server on 127.0.0.1 (ephemeral port) serving ``routes``: path -> (status, content type,
    body). ``/slow`` answers after two seconds. ``user_agents`` records every request's User-Agent."""

    def __init__(self, routes: dict[str, tuple[int, str, str]]):
        self.routes = routes
        self.user_agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                site.user_agents.append(self.headers.get("User-Agent", ""))
                if self.path == "/slow":
                    time.sleep(2)
                status, content_type, body = site.routes.get(self.path, (404, "text/html", "<h1>Not found</h1>"))
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (the timeout case)

            def log_message(self, *args):  # keep test output clean
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
