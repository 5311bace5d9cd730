/**
 * Shown when the app cannot start (config.json missing or invalid): plain DOM, since Vue is not running,
 * so the user never faces a blank page.
 */
export function renderStartupError(root: HTMLElement, message: string): void {
  const main = document.createElement('main');
  main.id = 'main';
  main.className = 'kern-container site-main';
  main.innerHTML = `
    <h1 class="kern-heading-x-large">Das Dashboard kann nicht starten</h1>
    <div class="kern-alert kern-alert--danger" role="alert">
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true"></span>
        <span class="kern-title">Fehler in der Konfiguration</span>
      </div>
      <div class="kern-alert__body"><p class="kern-body"></p>
        <p class="kern-body"><a class="kern-link" href="">Seite neu laden</a></p>
      </div>
    </div>`;
  const detail = main.querySelector('.kern-alert__body p');
  if (detail) detail.textContent = message;
  root.replaceChildren(main);
  document.title = 'Fehler – Digitalisierungsdashboard NRW';
}
