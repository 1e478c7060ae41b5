/** Where /sync is for this page: the same host, over wss when the page came over https. */
export function syncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/sync`;
}
