import { Injectable, signal } from '@angular/core';

/** A success message that survives one navigation (e.g. "deleted" shown on the list). */
@Injectable({ providedIn: 'root' })
export class FlashMessage {
  private readonly message = signal<string | null>(null);

  set(text: string): void {
    this.message.set(text);
  }

  take(): string | null {
    const text = this.message();
    this.message.set(null);
    return text;
  }
}
